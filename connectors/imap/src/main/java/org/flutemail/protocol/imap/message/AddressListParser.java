package org.flutemail.protocol.imap.message;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an address-list header value (RFC 5322 section 3.4, with the obsolete forms of section 4.4
 * that old mailers still write) into {@link Address} elements. Lenient: whatever cannot be read as an
 * address is dropped, never an error, because a header is the sender's and the FETCH must still work.
 */
public final class AddressListParser {

    private enum Kind { WORD, QUOTED, COMMENT, SPECIAL }

    private record Token(Kind kind, String text) {
        boolean is(char special) {
            return kind == Kind.SPECIAL && text.charAt(0) == special;
        }
    }

    private AddressListParser() {
    }

    /** The addresses of an unfolded header value; empty for null or nothing readable. */
    public static List<Address> parse(String value) {
        List<Address> addresses = new ArrayList<>();
        if (value == null) {
            return addresses;
        }
        List<Token> tokens = tokens(value);
        List<Token> current = new ArrayList<>();
        boolean inGroup = false;
        int angle = 0;
        for (Token token : tokens) {
            if (token.is('<')) {
                angle++;
            } else if (token.is('>')) {
                angle = Math.max(0, angle - 1);
            }
            if (angle == 0 && token.is(':') && !inGroup && !hasAt(current)) {
                addresses.add(Address.groupStart(phrase(current)));
                current.clear();
                inGroup = true;
            } else if (angle == 0 && token.is(';') && inGroup) {
                mailbox(current, addresses);
                current.clear();
                addresses.add(Address.groupEnd());
                inGroup = false;
            } else if (angle == 0 && token.is(',')) {
                mailbox(current, addresses);
                current.clear();
            } else {
                current.add(token);
            }
        }
        mailbox(current, addresses);
        if (inGroup) {
            addresses.add(Address.groupEnd());
        }
        return addresses;
    }

    private static boolean hasAt(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> t.is('@') || t.is('<'));
    }

    private static void mailbox(List<Token> tokens, List<Address> into) {
        if (tokens.stream().noneMatch(t -> t.kind() != Kind.COMMENT)) {
            return;
        }
        int open = indexOf(tokens, '<');
        String comment = tokens.stream().filter(t -> t.kind() == Kind.COMMENT).map(Token::text).findFirst()
                .orElse(null);
        List<Token> spec;
        String name;
        String route = null;
        if (open >= 0) {
            name = phrase(tokens.subList(0, open));
            int close = indexOf(tokens, '>');
            spec = new ArrayList<>(tokens.subList(open + 1, close > open ? close : tokens.size()));
            int colon = indexOf(spec, ':');
            if (colon >= 0) {
                route = join(spec.subList(0, colon));
                spec = new ArrayList<>(spec.subList(colon + 1, spec.size()));
            }
        } else {
            name = null;
            spec = tokens;
        }
        if (name == null || name.isEmpty()) {
            name = comment;
        }
        spec = spec.stream().filter(t -> t.kind() != Kind.COMMENT).toList();
        int at = lastIndexOf(spec, '@');
        String local = join(at < 0 ? spec : spec.subList(0, at));
        String domain = at < 0 ? Address.MISSING_DOMAIN : join(spec.subList(at + 1, spec.size()));
        if (local.isEmpty() && at < 0) {
            return;
        }
        into.add(new Address(name, route, local, domain.isEmpty() ? Address.MISSING_DOMAIN : domain));
    }

    /** A display name: its words joined by single spaces, quoted strings unquoted. */
    private static String phrase(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token token : tokens) {
            if (token.kind() == Kind.WORD || token.kind() == Kind.QUOTED
                    || token.kind() == Kind.SPECIAL && token.is('.')) {
                if (out.length() > 0 && !token.is('.')) {
                    out.append(' ');
                }
                out.append(token.text());
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** An addr-spec or route: tokens joined without spaces, quoted local parts kept quoted. */
    private static String join(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token token : tokens) {
            switch (token.kind()) {
                case QUOTED -> out.append('"').append(token.text().replace("\\", "\\\\").replace("\"", "\\\""))
                        .append('"');
                case COMMENT -> {
                }
                default -> out.append(token.text());
            }
        }
        return out.toString();
    }

    private static int indexOf(List<Token> tokens, char special) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is(special)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(List<Token> tokens, char special) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).is(special)) {
                return i;
            }
        }
        return -1;
    }

    private static List<Token> tokens(String value) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                i++;
            } else if (c == '"') {
                StringBuilder text = new StringBuilder();
                i++;
                while (i < value.length() && value.charAt(i) != '"') {
                    if (value.charAt(i) == '\\' && i + 1 < value.length()) {
                        i++;
                    }
                    text.append(value.charAt(i++));
                }
                i++;
                tokens.add(new Token(Kind.QUOTED, text.toString()));
            } else if (c == '(') {
                int depth = 0;
                StringBuilder text = new StringBuilder();
                do {
                    char d = value.charAt(i);
                    if (d == '\\' && i + 1 < value.length()) {
                        text.append(value.charAt(++i));
                    } else {
                        depth += d == '(' ? 1 : d == ')' ? -1 : 0;
                        if (!(d == '(' && depth == 1) && !(d == ')' && depth == 0)) {
                            text.append(d);
                        }
                    }
                    i++;
                } while (i < value.length() && depth > 0);
                tokens.add(new Token(Kind.COMMENT, text.toString().trim()));
            } else if ("<>,:;@.[]".indexOf(c) >= 0) {
                if (c == '[') {
                    int end = value.indexOf(']', i);
                    end = end < 0 ? value.length() - 1 : end;
                    tokens.add(new Token(Kind.WORD, value.substring(i, end + 1)));
                    i = end + 1;
                } else {
                    tokens.add(new Token(Kind.SPECIAL, String.valueOf(c)));
                    i++;
                }
            } else {
                int start = i;
                while (i < value.length() && " \t\r\n\"(<>,:;@.[]".indexOf(value.charAt(i)) < 0) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, value.substring(start, i)));
            }
        }
        return tokens;
    }
}
