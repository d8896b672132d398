package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.flutemail.application.DomainService;
import org.flutemail.application.Views.DomainView;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.DomainName;
import org.flutemail.domain.DomainRepository;
import org.flutemail.domain.MailDomain;

@Stateless
public class DefaultDomainService implements DomainService {

    @Inject
    DomainRepository domains;

    @Inject
    Lookups lookups;

    @Inject
    Clock clock;

    @Inject
    org.flutemail.application.DkimKeyService dkimKeys;

    @Override
    public DomainView create(String name) {
        String normalized = DomainName.normalize(name);
        if (domains.byName(normalized).isPresent()) {
            throw new ConflictException("domain " + normalized + " exists already");
        }
        MailDomain domain = new MailDomain(normalized, clock.instant());
        domains.add(domain);
        dkimKeys.generate(normalized, null, null); // every domain signs from the start: RSA, selector flute<year>
        return view(domain);
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
        MailDomain domain = find(name);
        domain.suspend();
        return view(domain);
    }

    @Override
    public DomainView activate(String name) {
        MailDomain domain = find(name);
        domain.activate();
        return view(domain);
    }

    @Override
    public DomainView requireOwnedSenders(String name, boolean required) {
        MailDomain domain = find(name);
        domain.requireOwnedSenders(required);
        return view(domain);
    }

    @Override
    public void delete(String name) {
        MailDomain domain = find(name);
        long addresses = domains.addressCount(domain);
        if (addresses > 0) {
            throw new ConflictException("domain " + domain.name() + " still has " + addresses
                    + (addresses == 1 ? " address" : " addresses") + " (accounts and aliases); delete them first");
        }
        domains.remove(domain);
    }

    private MailDomain find(String name) {
        return lookups.domain(name);
    }

    private DomainView view(MailDomain d) {
        return new DomainView(d.name(), d.state().name(), d.id() == null ? 0 : domains.accountCount(d),
                d.quotaBytes(), d.maxAccounts(), d.senderMustBeOwned(), d.createdAt());
    }
}
