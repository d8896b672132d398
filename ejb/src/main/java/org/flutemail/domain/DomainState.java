package org.flutemail.domain;

/** Whether a domain receives mail and its users may log in. */
public enum DomainState {
    ACTIVE,
    SUSPENDED,
    /** Deleted by an administrator: refuses mail and logins until restored or removed for good. */
    PENDING_DELETION
}
