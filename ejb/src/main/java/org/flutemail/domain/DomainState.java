package org.flutemail.domain;

/** Whether a domain receives mail and its users may log in. */
public enum DomainState {
    ACTIVE,
    SUSPENDED
}
