package org.flutemail.application;

/**
 * The one place that decides what a caller may administer; every REST resource and administration
 * screen asks it before acting. A refusal is an {@link org.flutemail.domain.AccessDeniedException}.
 * <ul>
 * <li>system administrator: everything;</li>
 * <li>domain administrator: accounts, aliases, DKIM keys and domain administrators of the domains
 * granted to them, and reading those domains; no new domains, no server settings, no queues, no TLS;</li>
 * <li>user: their own account, through the self-service API only.</li>
 * </ul>
 */
public interface AuthorizationService {

    /** The tier and domains of an authenticated login (an administrator's name or an account's address). */
    Actor identify(String login);

    /** Server-wide settings and data: domains as a whole, queues, TLS, migrations, metrics, the audit log. */
    void requireSystem(Actor actor);

    /** Anything inside {@code domain}. */
    void requireDomain(Actor actor, String domain);

    /** Anything about the account or alias {@code address}: decided by its domain. */
    void requireAddress(Actor actor, String address);

    boolean mayAdminister(Actor actor, String domain);

    /** The domains the actor sees in listings: null for all (system administrators). */
    java.util.Set<String> visibleDomains(Actor actor);
}
