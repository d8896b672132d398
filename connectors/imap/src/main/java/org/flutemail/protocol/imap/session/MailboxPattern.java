package org.flutemail.protocol.imap.session;

/**
 * A LIST pattern (RFC 9051 section 6.3.9): {@code *} matches anything, {@code %} anything but the
 * hierarchy delimiter; the reference is prefixed as the RFC suggests. {@code INBOX} matches in any case.
 */
final class MailboxPattern {

    private final String pattern;
    private final char delimiter;

    MailboxPattern(String reference, String pattern, char delimiter) {
        String joined = reference.isEmpty() || pattern.startsWith(String.valueOf(delimiter))
                ? pattern : reference.endsWith(String.valueOf(delimiter)) ? reference + pattern
                : reference + delimiter + pattern;
        this.pattern = joined;
        this.delimiter = delimiter;
    }

    boolean matches(String name) {
        if (name.equals("INBOX") && pattern.equalsIgnoreCase("INBOX")) {
            return true;
        }
        return matches(name, 0, 0);
    }

    private boolean matches(String name, int at, int p) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == '*' || c == '%') {
                for (int end = at; end <= name.length(); end++) {
                    if (matches(name, end, p + 1)) {
                        return true;
                    }
                    if (end < name.length() && c == '%' && name.charAt(end) == delimiter) {
                        return false;
                    }
                }
                return false;
            }
            if (at >= name.length() || name.charAt(at) != c) {
                return false;
            }
            at++;
            p++;
        }
        return at == name.length();
    }
}
