package org.flutemail.it.imaptest;

import java.nio.charset.StandardCharsets;

/**
 * {@code $mailbox_url}: the mailbox name as an IMAP URL path segment (RFC 5092): modified UTF-7
 * decoded to UTF-8, then percent-encoded except for unreserved characters and the few sub-delims a
 * path may hold. The test mailbox names are plain ASCII, so no UTF-7 decoding is needed here.
 */
final class MailboxUrl {

    private MailboxUrl() {
    }

    static String of(String mailbox) {
        StringBuilder out = new StringBuilder();
        for (byte b : mailbox.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,=:@/".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append(String.format("%%%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
