package org.flutemail.domain;

/** A way of reaching an account that its class of service grants or denies. */
public enum Access {
    POP3,
    IMAP,
    WEBMAIL,
    /** Authenticated SMTP: submission, and relaying through this server. */
    SMTP,
    /** The fetch agent collecting mail from other servers into the account. */
    FETCH,
    /** Forwarding the account's mail automatically to addresses outside this server. */
    FORWARDING
}
