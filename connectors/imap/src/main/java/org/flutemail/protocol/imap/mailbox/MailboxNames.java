package org.flutemail.protocol.imap.mailbox;

/**
 * Mailbox names between the wire and the store. Once a client has enabled UTF8=ACCEPT (RFC 6855
 * section 3) names travel as UTF-8 and are passed through unchanged, {@code &} included; before that
 * they are modified UTF-7. Either way {@code INBOX} is case-insensitive (RFC 3501 section 5.1) and is
 * normalised here so that the store sees one spelling.
 */
public final class MailboxNames {

    public static final String INBOX = "INBOX";

    private MailboxNames() {
    }

    /** The name a client sent, as the store knows it. */
    public static String fromWire(String wire, boolean utf8Accept) throws MalformedNameException {
        if (wire.isEmpty()) {
            return wire;
        }
        String name = utf8Accept ? checkUtf8Name(wire) : ModifiedUtf7.decode(wire);
        return name.equalsIgnoreCase(INBOX) ? INBOX : name;
    }

    /** The name to send to a client. */
    public static String toWire(String name, boolean utf8Accept) {
        return utf8Accept ? name : ModifiedUtf7.encode(name);
    }

    private static String checkUtf8Name(String name) throws MalformedNameException {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < 0x20 || name.charAt(i) == 0x7f) {
                throw new MalformedNameException("Mailbox name has a control character");
            }
        }
        return name;
    }
}
