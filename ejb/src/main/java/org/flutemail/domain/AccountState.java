package org.flutemail.domain;

/** Whether an account receives mail and may log in. A suspended account keeps its mail. */
public enum AccountState {
    ACTIVE,
    SUSPENDED
}
