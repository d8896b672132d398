package org.flutemail.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * A mail address as Flute stores and compares it: {@code local@domain}, lower-cased.
 *
 * <p>RFC 5321 lets a server treat local parts case-sensitively, but people type addresses in any case
 * and expect them to reach the same person, so Flute folds case everywhere it looks an address up.
 */
public final class EmailAddress {

    private static final int MAX_LENGTH = 320;

    private final String localPart;
    private final String domain;

    private EmailAddress(String localPart, String domain) {
        this.localPart = localPart;
        this.domain = domain;
    }

    /** Parses {@code local@domain}; rejects anything without exactly one usable '@' split. */
    public static EmailAddress parse(String text) {
        if (text == null) {
            throw new InvalidAddressException("an address is required");
        }
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
            throw new InvalidAddressException("an address must have 1 to " + MAX_LENGTH + " characters");
        }
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at == trimmed.length() - 1) {
            throw new InvalidAddressException("'" + trimmed + "' is not of the form local@domain");
        }
        String local = trimmed.substring(0, at);
        String domainPart = DomainName.normalize(trimmed.substring(at + 1));
        if (local.length() > 64) {
            throw new InvalidAddressException("the local part of '" + trimmed + "' is longer than 64 characters");
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (c <= ' ' || c == '@' || c == '<' || c == '>' || c == ',' || c == ';' || c == 127) {
                throw new InvalidAddressException("'" + trimmed + "' has a character not allowed in a local part");
            }
        }
        return new EmailAddress(local.toLowerCase(Locale.ROOT), domainPart);
    }

    public String localPart() {
        return localPart;
    }

    public String domain() {
        return domain;
    }

    @Override
    public String toString() {
        return localPart + "@" + domain;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmailAddress other && localPart.equals(other.localPart) && domain.equals(other.domain);
    }

    @Override
    public int hashCode() {
        return Objects.hash(localPart, domain);
    }
}
