package org.flutemail.protocol.smtp.command;

/**
 * Reads an RFC 5321 (section 4.1.2) {@code Path} from a command argument: {@code <}, an optional
 * source route (accepted and ignored, as section 4.1.1.3 allows), a {@code Mailbox}, {@code >}.
 * Non-ASCII characters (RFC 6531 section 3.3: UTF-8 in local parts and U-labels) are read here
 * whatever the transaction says, because whether they are allowed depends on a MAIL parameter that
 * comes later on the line: the session refuses them with {@code 553 5.6.7} without SMTPUTF8. U+FFFD is
 * never valid: it is what malformed UTF-8 decodes to.
 *
 * <p>The mailbox comes back as text: a quoted local part whose content is a valid dot-string is
 * unquoted (RFC 5321 section 4.1.2 says both forms are the same mailbox), so the store sees one form.
 */
final class PathParser {

    /** Where a path ended and what mailbox it named; the mailbox is empty for {@code <>}. */
    record ParsedPath(String mailbox, int end) {
    }

    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_DOMAIN = 255;
    private static final int MAX_PATH = 256;
    private static final int MAX_LABEL = 63;

    private final String text;
    private int pos;

    private PathParser(String text, int start) {
        this.text = text;
        this.pos = start;
    }

    /**
     * @param allowNull       whether {@code <>} is valid (a reverse-path)
     * @param allowPostmaster whether the bare {@code <Postmaster>} is valid (a forward-path)
     * @throws IllegalArgumentException with a short reason when the path is malformed
     */
    static ParsedPath parse(String text, int start, boolean allowNull, boolean allowPostmaster) {
        return new PathParser(text, start).path(allowNull, allowPostmaster);
    }

    private ParsedPath path(boolean allowNull, boolean allowPostmaster) {
        int start = pos;
        expect('<');
        if (peek() == '>' && allowNull) {
            pos++;
            return new ParsedPath("", pos);
        }
        if (allowPostmaster && text.regionMatches(true, pos, "postmaster>", 0, 11)) {
            pos += 11;
            return new ParsedPath("postmaster", pos);
        }
        if (peek() == '@') {
            sourceRoute();
        }
        String mailbox = mailbox();
        expect('>');
        if (pos - start > MAX_PATH) {
            throw new IllegalArgumentException("path too long");
        }
        return new ParsedPath(mailbox, pos);
    }

    private void sourceRoute() {
        do {
            expect('@');
            domain();
        } while (accept(','));
        expect(':');
    }

    private String mailbox() {
        String local = peek() == '"' ? quotedString() : dotString();
        if (local.length() > MAX_LOCAL_PART) {
            throw new IllegalArgumentException("local part too long");
        }
        expect('@');
        String domain = peek() == '[' ? addressLiteral() : domain();
        return local + "@" + domain;
    }

    private String dotString() {
        int start = pos;
        atom();
        while (accept('.')) {
            atom();
        }
        return text.substring(start, pos);
    }

    private void atom() {
        int start = pos;
        while (pos < text.length() && isAtext(text.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw new IllegalArgumentException("empty atom at " + pos);
        }
    }

    private String quotedString() {
        expect('"');
        StringBuilder content = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                c = next();
                if (c < 32 || c > 126 && !isNonAscii(c)) {
                    throw new IllegalArgumentException("bad quoted pair");
                }
            } else if (c < 32 || c > 126 && !isNonAscii(c)) {
                throw new IllegalArgumentException("bad character in quoted string");
            }
            content.append(c);
        }
        String unquoted = content.toString();
        return isDotString(unquoted) ? unquoted : requote(unquoted);
    }

    private static String requote(String content) {
        return '"' + content.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private String domain() {
        int start = pos;
        label();
        while (accept('.')) {
            label();
        }
        if (pos - start > MAX_DOMAIN) {
            throw new IllegalArgumentException("domain too long");
        }
        return text.substring(start, pos);
    }

    private void label() {
        int start = pos;
        while (pos < text.length() && (isLetDig(text.charAt(pos)) || isNonAscii(text.charAt(pos))
                || text.charAt(pos) == '-')) {
            pos++;
        }
        if (pos == start || text.charAt(start) == '-' || text.charAt(pos - 1) == '-' || pos - start > MAX_LABEL) {
            throw new IllegalArgumentException("bad domain label at " + start);
        }
    }

    private String addressLiteral() {
        int start = pos;
        expect('[');
        int close = text.indexOf(']', pos);
        if (close < 0) {
            throw new IllegalArgumentException("unterminated address literal");
        }
        String literal = text.substring(pos, close);
        if (!AddressLiterals.isValid(literal)) {
            throw new IllegalArgumentException("bad address literal");
        }
        pos = close + 1;
        return text.substring(start, pos);
    }

    private void expect(char c) {
        if (next() != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + (pos - 1));
        }
    }

    private boolean accept(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private char next() {
        if (pos >= text.length()) {
            throw new IllegalArgumentException("unexpected end of path");
        }
        return text.charAt(pos++);
    }

    static boolean isDotString(String s) {
        if (s.isEmpty() || s.startsWith(".") || s.endsWith(".") || s.contains("..")) {
            return false;
        }
        return s.chars().allMatch(c -> c == '.' || isAtext((char) c));
    }

    static boolean isAtext(char c) {
        return isLetDig(c) || isNonAscii(c) || "!#$%&'*+-/=?^_`{|}~".indexOf(c) >= 0;
    }

    /** RFC 6531 UTF8-non-ascii, as decoded text; surrogate halves come in pairs from a valid decoding. */
    static boolean isNonAscii(char c) {
        return c >= 0x80 && c != 0xFFFD && !Character.isISOControl(c);
    }

    static boolean isLetDig(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
