package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.flutemail.application.AuditLog;
import org.flutemail.application.ClassOfServiceService;
import org.flutemail.application.Views.ClassOfServiceView;
import org.flutemail.domain.ClassOfService;
import org.flutemail.domain.ClassOfServiceRepository;
import org.flutemail.domain.ConflictException;

@Stateless
public class DefaultClassOfServiceService implements ClassOfServiceService {

    @Inject
    AuditLog audit;

    @Inject
    ClassOfServiceRepository classes;

    @Inject
    Lookups lookups;

    @Inject
    Clock clock;

    @Override
    public List<ClassOfServiceView> list() {
        return classes.all().stream().map(DefaultClassOfServiceService::view).toList();
    }

    @Override
    public ClassOfServiceView get(String name) {
        return view(lookups.classOfService(name));
    }

    @Override
    public ClassOfServiceView create(String name, Template template) {
        ClassOfService created = new ClassOfService(name, clock.instant());
        if (classes.byName(created.name()).isPresent()) {
            throw new ConflictException("class of service " + created.name() + " exists already");
        }
        shape(created, template);
        classes.add(created);
        ClassOfServiceView view = view(created);
        audit.record("class-of-service.create", created.name(), null, Changes.describe(view));
        return view;
    }

    @Override
    public ClassOfServiceView update(String name, Template template) {
        ClassOfService existing = lookups.classOfService(name);
        ClassOfServiceView before = view(existing);
        shape(existing, template);
        ClassOfServiceView after = view(existing);
        audit.record("class-of-service.update", existing.name(), null, Changes.between(before, after));
        return after;
    }

    @Override
    public void delete(String name) {
        ClassOfService existing = lookups.classOfService(name);
        long usage = classes.usage(existing);
        if (usage > 0) {
            throw new ConflictException("class of service " + existing.name() + " is still used by " + usage
                    + " accounts and domains; give them another class first");
        }
        audit.record("class-of-service.delete", existing.name(), null, Changes.describe(view(existing)));
        classes.remove(existing);
    }

    private static void shape(ClassOfService target, Template template) {
        target.limit(template.quotaBytes(), template.maxMessageBytes());
        target.grant(template.access());
    }

    static ClassOfServiceView view(ClassOfService c) {
        return new ClassOfServiceView(c.name(), c.quotaBytes(), c.maxMessageBytes(),
                c.access().stream().map(Enum::name).toList());
    }
}
