package org.flutemail.protocol.imap.command;

/**
 * What parsing depends on in the session: whether UTF8=ACCEPT is enabled (mailbox names are UTF-8
 * rather than modified UTF-7).
 */
public record ParseContext(boolean utf8Accept) {

    public static final ParseContext LEGACY = new ParseContext(false);
}
