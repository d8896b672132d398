package org.flutemail.protocol.imap.message;

/**
 * One element of an address list as the IMAP ENVELOPE writes it (RFC 9051 section 7.5.2): a mailbox
 * with display name, source route, local part and domain, or the start ({@code host} null, the group
 * name in {@code mailbox}) or end (all null) of a group. Texts are as written in the header, encoded
 * words included: decoding is the client's, as the RFC says.
 */
public record Address(String name, String route, String mailbox, String host) {

    /** What a mailbox without a domain gets as its host, so that it is not taken for a group marker. */
    public static final String MISSING_DOMAIN = "MISSING_DOMAIN";

    static Address groupStart(String name) {
        return new Address(null, null, name, null);
    }

    static Address groupEnd() {
        return new Address(null, null, null, null);
    }
}
