package org.flutemail.pipeline;

/** What an address is to this server. */
public enum RecipientStatus {
    /** A local account that receives mail. */
    ACCOUNT,
    /** A local alias. */
    ALIAS,
    /** A local mailing list, or the bounce address of one. */
    LIST,
    /** A local account or alias that is suspended, or in a suspended domain. */
    DISABLED,
    /** In a local domain that was deleted and waits out its grace period: refused, saying why. */
    DOMAIN_PENDING_DELETION,
    /** In a local domain, but no such account or alias. */
    UNKNOWN,
    /** Not in a domain served here. */
    NOT_LOCAL
}
