package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import org.flutemail.application.AuditLog;
import org.flutemail.application.DomainService;
import org.flutemail.application.Views.DomainView;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.DomainName;
import org.flutemail.domain.DomainRepository;
import org.flutemail.domain.MailDomain;

@Stateless
public class DefaultDomainService implements DomainService {

    @Inject
    AuditLog audit;

    @Inject
    DomainRepository domains;

    @Inject
    org.flutemail.domain.DomainAliasRepository domainAliases;

    @Inject
    Lookups lookups;

    @Inject
    Clock clock;

    @Inject
    DeletionGrace grace;

    @Inject
    org.flutemail.application.DkimKeyService dkimKeys;

    @Override
    public DomainView create(String name) {
        String normalized = DomainName.normalize(name);
        domains.byName(normalized).ifPresent(existing -> {
            throw new ConflictException(existing.isPendingDeletion()
                    ? "domain " + normalized + " is pending deletion until " + existing.deletionDueAt()
                            + "; restore it instead"
                    : "domain " + normalized + " exists already");
        });
        if (domainAliases.byName(normalized).isPresent()) {
            throw new ConflictException(normalized + " is a domain alias; remove the alias first");
        }
        MailDomain domain = new MailDomain(normalized, clock.instant());
        domains.add(domain);
        dkimKeys.generate(normalized, null, null); // every domain signs from the start: RSA, selector flute<year>
        DomainView created = view(domain);
        audit.record("domain.create", normalized, normalized, Changes.describe(created));
        return created;
    }

    @Override
    public List<DomainView> list() {
        return domains.all().stream().map(this::view).toList();
    }

    @Override
    public DomainView get(String name) {
        return view(find(name));
    }

    @Override
    public DomainView suspend(String name) {
        return changed(name, "domain.suspend", MailDomain::suspend);
    }

    @Override
    public DomainView activate(String name) {
        return changed(name, "domain.activate", MailDomain::activate);
    }

    @Override
    public DomainView requireOwnedSenders(String name, boolean required) {
        return changed(name, "domain.policy", domain -> domain.requireOwnedSenders(required));
    }

    @Override
    public DomainView limit(String name, Long quotaBytes, Integer maxAccounts, Long maxMessageBytes,
            String defaultClass) {
        return changed(name, "domain.limits", domain -> {
            domain.limit(quotaBytes, maxAccounts, maxMessageBytes);
            domain.defaultTo(defaultClass == null || defaultClass.isBlank() ? null
                    : lookups.classOfService(defaultClass));
        });
    }

    @Override
    public DomainView delete(String name) {
        // Whole seconds: the date is shown to people and must read back the same from either database.
        Instant due = clock.instant().plus(grace.period()).truncatedTo(ChronoUnit.SECONDS);
        return changed(name, "domain.delete", domain -> domain.scheduleDeletion(due));
    }

    @Override
    public DomainView restore(String name) {
        return changed(name, "domain.restore", MailDomain::restore);
    }

    /** Applies one change to the domain and audits it with the domain as it was before and after. */
    private DomainView changed(String name, String action, Consumer<MailDomain> change) {
        MailDomain domain = find(name);
        DomainView before = view(domain);
        change.accept(domain);
        return recorded(action, before, view(domain));
    }

    private DomainView recorded(String action, DomainView before, DomainView after) {
        audit.record(action, after.name(), after.name(), Changes.between(before, after));
        return after;
    }

    private MailDomain find(String name) {
        return lookups.domain(name);
    }

    private DomainView view(MailDomain d) {
        return new DomainView(d.name(), d.state().name(), d.id() == null ? 0 : domains.accountCount(d),
                d.quotaBytes(), d.maxAccounts(), d.maxMessageBytes(),
                d.defaultClass() == null ? null : d.defaultClass().name(), d.senderMustBeOwned(), d.createdAt(),
                d.deletionDueAt());
    }
}
