package org.flutemail.protocol.smtp.client;

/**
 * Checks that keep envelope addresses safe to put on a command line: a caller's bug or a hostile
 * address with CR, LF, spaces or angle brackets must never become a second SMTP command.
 */
final class EnvelopeAddresses {

    private EnvelopeAddresses() {
    }

    static void requireMailbox(String mailbox) {
        int at = mailbox.lastIndexOf('@');
        if (at <= 0 || at == mailbox.length() - 1) {
            throw new IllegalArgumentException("not a mailbox local@domain: " + mailbox);
        }
        for (int i = 0; i < mailbox.length(); i++) {
            char c = mailbox.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == 0x7f) {
                throw new IllegalArgumentException("character not allowed in an envelope address: " + mailbox);
            }
        }
    }

    static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }
}
