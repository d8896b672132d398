package org.flutemail.it.imaptest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tokenizes one IMAP response (or one expected reply of a script) into nested {@link ImapArg}s.
 * Atoms take every character up to a space or ')' as Dovecot's parser does with
 * {@code ATOM_ALLCHARS}, so {@code BODY[HEADER.FIELDS (FROM)]} becomes an atom, a list and an atom on
 * both sides of a comparison. It never rejects input: human-readable response text may hold an
 * unbalanced parenthesis, and a mismatch is the matcher's business, not the tokenizer's.
 */
final class ImapArgParser {

    private final String text;
    private int pos;

    private ImapArgParser(String text) {
        this.text = text;
    }

    static List<ImapArg> parse(String text) {
        return new ImapArgParser(text).sequence(false);
    }

    private List<ImapArg> sequence(boolean inList) {
        List<ImapArg> out = new ArrayList<>();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\r' || c == '\n') {
                pos++;
            } else if (c == ')') {
                pos++;
                if (inList) {
                    return out;
                }
                out.add(new ImapArg.Atom(")"));
            } else if (c == '(') {
                pos++;
                out.add(new ImapArg.Items(sequence(true)));
            } else if (c == '"') {
                out.add(quoted());
            } else {
                ImapArg literal = literal();
                out.add(literal != null ? literal : atom());
            }
        }
        return out;
    }

    private ImapArg quoted() {
        StringBuilder value = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                break;
            }
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            value.append(c);
        }
        return new ImapArg.Text(value.toString(), false);
    }

    /** {@code {n}}, {@code {n+}} or {@code ~{n}} followed by a line end and n octets; null if not one. */
    private ImapArg literal() {
        int p = pos;
        if (p < text.length() && text.charAt(p) == '~') {
            p++;
        }
        if (p >= text.length() || text.charAt(p) != '{') {
            return null;
        }
        int digits = ++p;
        while (p < text.length() && Character.isDigit(text.charAt(p))) {
            p++;
        }
        if (p == digits || p - digits > 9) {
            return null;
        }
        int size = Integer.parseInt(text.substring(digits, p));
        if (p < text.length() && text.charAt(p) == '+') {
            p++;
        }
        if (!text.startsWith("}", p)) {
            return null;
        }
        p++;
        if (text.startsWith("\r\n", p)) {
            p += 2;
        } else if (text.startsWith("\n", p)) {
            p++;
        } else {
            return null;
        }
        if (p + size > text.length()) {
            return null;
        }
        pos = p + size;
        return new ImapArg.Text(text.substring(p, p + size), true);
    }

    private ImapArg atom() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == ')' || c == '\r' || c == '\n') {
                break;
            }
            pos++;
        }
        String value = text.substring(start, pos);
        return value.toUpperCase(Locale.ROOT).equals("NIL") ? new ImapArg.Nil() : new ImapArg.Atom(value);
    }
}
