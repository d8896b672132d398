package org.flutemail.application;

import java.util.Set;

/**
 * Who is calling, in terms of what they may administer: a system administrator (everything), a domain
 * administrator ({@link #domains} only), a user (their own account, named by {@link #login}), or nobody
 * known. A snapshot taken once per request; {@link AuthorizationService} decides with it.
 */
public record Actor(String login, Tier tier, Set<String> domains) {

    public enum Tier {
        SYSTEM,
        DOMAIN,
        USER,
        /** Work the server does by itself (start-up, timers): recorded in the audit log as such. */
        SERVER,
        NONE
    }

    /** The server acting on its own behalf, outside any request. */
    public static final Actor SERVER = new Actor("server", Tier.SERVER, Set.of());

    public Actor {
        domains = Set.copyOf(domains);
    }
}
