package org.flutemail.protocol.imap.command;

/**
 * What parsing depends on in the session.
 *
 * @param utf8Accept whether mailbox names are UTF-8 rather than modified UTF-7 (UTF8=ACCEPT or IMAP4rev2 enabled)
 * @param rev2       whether the client enabled IMAP4rev2, whose grammar (RFC 9051 section 9) no longer has
 *                   the \Recent flag's STATUS item and search keys
 */
public record ParseContext(boolean utf8Accept, boolean rev2) {

    public static final ParseContext LEGACY = new ParseContext(false, false);

    public ParseContext(boolean utf8Accept) {
        this(utf8Accept, false);
    }
}
