package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.flutemail.application.Actor.Tier;
import org.flutemail.application.Actor;
import org.flutemail.application.AuthorizationService;
import org.flutemail.domain.AccessDeniedException;
import org.flutemail.domain.AccountRepository;
import org.flutemail.domain.Administrator;
import org.flutemail.domain.AdministratorRepository;
import org.flutemail.domain.DomainName;
import org.flutemail.domain.EmailAddress;

/**
 * Tiers are decided from the database at each request, not from the realm's role alone: a domain
 * granted or revoked takes effect at the next call. The refusal messages name what was asked for,
 * never what exists, so they tell a domain administrator nothing about other customers.
 */
@ApplicationScoped
public class DefaultAuthorizationService implements AuthorizationService {

    @Inject
    AdministratorRepository administrators;

    @Inject
    AccountRepository accounts;

    @Override
    @Transactional // the granted domains are loaded lazily, inside it
    public Actor identify(String login) {
        if (login == null) {
            return new Actor("", Tier.NONE, Set.of());
        }
        Administrator admin = administrators.byLogin(login).orElse(null);
        if (admin != null) {
            return new Actor(admin.login(), admin.isSystem() ? Tier.SYSTEM : Tier.DOMAIN, admin.domainNames());
        }
        return accounts.byAddress(login).map(a -> new Actor(a.address(), Tier.USER, Set.of()))
                .orElseGet(() -> new Actor(login, Tier.NONE, Set.of()));
    }

    @Override
    public void requireSystem(Actor actor) {
        if (actor.tier() != Tier.SYSTEM) {
            throw new AccessDeniedException("only a system administrator may do this");
        }
    }

    @Override
    public void requireDomain(Actor actor, String domain) {
        if (!mayAdminister(actor, domain)) {
            throw new AccessDeniedException("you do not administer the domain " + normalized(domain));
        }
    }

    @Override
    public void requireAddress(Actor actor, String address) {
        requireDomain(actor, EmailAddress.parse(address).domain());
    }

    @Override
    public boolean mayAdminister(Actor actor, String domain) {
        switch (actor.tier()) {
            case SYSTEM:
                return true;
            case DOMAIN:
                return actor.domains().contains(normalized(domain));
            default:
                return false;
        }
    }

    @Override
    public Set<String> visibleDomains(Actor actor) {
        if (actor.tier() == Tier.SYSTEM) {
            return null;
        }
        if (actor.tier() == Tier.DOMAIN) {
            return actor.domains();
        }
        throw new AccessDeniedException("only administrators may do this");
    }

    private static String normalized(String domain) {
        try {
            return DomainName.normalize(domain);
        } catch (RuntimeException e) {
            return String.valueOf(domain);
        }
    }
}
