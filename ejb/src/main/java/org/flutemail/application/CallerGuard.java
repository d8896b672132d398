package org.flutemail.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What a REST resource or an administration screen asks before acting: the {@link AuthorizationService}'s
 * verdict for this request's caller ({@link CurrentCaller}).
 */
@RequestScoped
public class CallerGuard {

    @Inject
    AuthorizationService authorization;

    @Inject
    CurrentCaller caller;

    public void system() {
        authorization.requireSystem(caller.actor());
    }

    public void domain(String domain) {
        authorization.requireDomain(caller.actor(), domain);
    }

    public void address(String address) {
        authorization.requireAddress(caller.actor(), address);
    }

    /**
     * A listing that may be narrowed to one domain: all of it for a system administrator; for a domain
     * administrator the domain asked for (if theirs) or each of theirs in turn.
     */
    public <T> List<T> listed(String domain, Function<String, List<T>> lister) {
        Set<String> visible = authorization.visibleDomains(caller.actor());
        if (visible == null) {
            return lister.apply(domain);
        }
        if (domain != null) {
            domain(domain);
            return lister.apply(domain);
        }
        List<T> all = new ArrayList<>();
        visible.stream().sorted().forEach(d -> all.addAll(lister.apply(d)));
        return all;
    }

    public boolean sees(String domain) {
        return authorization.mayAdminister(caller.actor(), domain);
    }

    /** Administrators of either tier (what a domain administrator may start, narrowed later per item). */
    public void administrator() {
        authorization.visibleDomains(caller.actor());
    }

    /**
     * The domains a report (statistics, mail log) is narrowed to: null for the whole server (a system
     * administrator asking for no domain), the one asked for if the caller administers it, else all of
     * the caller's domains.
     */
    public Set<String> reportDomains(String domain) {
        if (domain != null && !domain.isBlank()) {
            domain(domain.trim());
            return Set.of(domain.trim().toLowerCase(java.util.Locale.ROOT));
        }
        return authorization.visibleDomains(caller.actor());
    }

    public Actor actor() {
        return caller.actor();
    }
}
