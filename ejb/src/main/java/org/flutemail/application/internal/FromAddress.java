package org.flutemail.application.internal;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;
import org.flutemail.domain.EmailAddress;
import org.flutemail.domain.InvalidAddressException;

/**
 * The one address a From field names, for decisions that trust a sender. It is given the field with
 * its encoded words not yet decoded: a display name decoded first could pose as the address (a name
 * decoding to {@code "boss@corp.test ("} before {@code <x@evil.test>}). Anything doubtful names none:
 * a field that does not parse strictly, several mailboxes, a group, or an address without a local
 * part and a domain.
 */
final class FromAddress {

    private FromAddress() {
    }

    static Optional<EmailAddress> of(String from) {
        if (from == null || from.isBlank()) {
            return Optional.empty();
        }
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(from.strip(), true);
            if (parsed.length != 1 || parsed[0].isGroup()) {
                return Optional.empty();
            }
            parsed[0].validate();
            return Optional.of(EmailAddress.parse(parsed[0].getAddress()));
        } catch (AddressException | InvalidAddressException e) {
            return Optional.empty();
        }
    }
}
