package org.flutemail.application.internal;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import org.flutemail.domain.InvalidAddressException;

/**
 * Address lists as people type them: "a@example.test, 张三 &lt;zhang@example.test&gt;", separated by
 * commas or semicolons, and address groups ("Sales:;", see {@link GroupRecipients}). Every address must have a local part and a domain with a dot or be
 * a bare host name; the first bad one is named in the {@link InvalidAddressException}.
 */
final class AddressLists {

    private AddressLists() {
    }

    static List<InternetAddress> parse(String typed) {
        List<InternetAddress> result = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return result;
        }
        // Address groups ("Sales:;") stay as groups in drafts and scheduled messages until they are sent.
        List<InternetAddress> groups = new ArrayList<>();
        String addresses = GroupRecipients.expand(typed, name -> {
            groups.add(group(name));
            return java.util.Optional.of(List.of());
        });
        for (String piece : addresses.replace(';', ',').split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            String trimmed = piece.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                InternetAddress[] parsed = InternetAddress.parse(trimmed, true);
                if (parsed.length != 1) {
                    throw new InvalidAddressException(trimmed);
                }
                InternetAddress address = parsed[0];
                address.validate();
                String mailbox = address.getAddress();
                int at = mailbox.indexOf('@');
                if (at <= 0 || at == mailbox.length() - 1) {
                    throw new InvalidAddressException(trimmed);
                }
                // Made again so that a name typed in Chinese is written as an RFC 2047 encoded word.
                result.add(address.getPersonal() == null ? address
                        : new InternetAddress(mailbox, address.getPersonal(), "UTF-8"));
            } catch (AddressException | java.io.UnsupportedEncodingException e) {
                throw new InvalidAddressException(trimmed);
            }
        }
        result.addAll(groups);
        return result;
    }

    private static InternetAddress group(String name) {
        try {
            return new InternetAddress(name + ":;", true);
        } catch (AddressException e) {
            throw new InvalidAddressException(name + ":;");
        }
    }

    /** The bare addresses of a list, as the envelope carries them (groups are expanded before this). */
    static List<String> envelopeAddresses(String typed) {
        return parse(typed).stream().filter(a -> !a.isGroup()).map(InternetAddress::getAddress).toList();
    }
}
