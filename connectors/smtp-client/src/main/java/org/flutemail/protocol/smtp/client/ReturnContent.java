package org.flutemail.protocol.smtp.client;

/** The RFC 3461 RET parameter: what a bounce should carry of the original message. */
public enum ReturnContent {
    /** The whole original message. */
    FULL,
    /** Only the original header section. */
    HDRS
}
