package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.flutemail.application.AuditLog;
import org.flutemail.application.DomainAliasService;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.DomainAlias;
import org.flutemail.domain.DomainAliasRepository;
import org.flutemail.domain.DomainName;
import org.flutemail.domain.DomainRepository;
import org.flutemail.domain.InvalidAddressException;
import org.flutemail.domain.MailDomain;
import org.flutemail.domain.NotFoundException;

/**
 * Adds and removes domain aliases, audited as {@code domain.alias.add|remove} on the target domain.
 * The recipient cache forgets its answers through the entity listener on {@link DomainAlias}.
 */
@Stateless
public class DefaultDomainAliasService implements DomainAliasService {

    @Inject
    AuditLog audit;

    @Inject
    DomainRepository domains;

    @Inject
    DomainAliasRepository aliases;

    @Inject
    Lookups lookups;

    @Inject
    Clock clock;

    @Override
    public List<String> list(String domain) {
        return names(lookups.domain(domain));
    }

    @Override
    public List<String> add(String domain, String alias) {
        MailDomain target = lookups.domain(domain);
        String name = DomainName.normalize(alias);
        if (name.equals(target.name())) {
            throw new InvalidAddressException("a domain cannot be an alias of itself");
        }
        if (domains.byName(name).isPresent()) {
            throw new ConflictException(name + " is a domain already");
        }
        if (aliases.byName(name).isPresent()) {
            throw new ConflictException(name + " is a domain alias already");
        }
        aliases.add(new DomainAlias(name, target, clock.instant()));
        audit.record("domain.alias.add", name, target.name(), "alias of " + target.name());
        return names(target);
    }

    @Override
    public List<String> remove(String domain, String alias) {
        MailDomain target = lookups.domain(domain);
        String name = DomainName.normalize(alias);
        DomainAlias found = aliases.byName(name).filter(a -> a.domain().id().equals(target.id()))
                .orElseThrow(() -> new NotFoundException(name + " is not an alias of " + target.name()));
        aliases.remove(found);
        audit.record("domain.alias.remove", name, target.name(), "alias of " + target.name());
        return names(target);
    }

    private List<String> names(MailDomain domain) {
        return aliases.of(domain).stream().map(DomainAlias::name).toList();
    }
}
