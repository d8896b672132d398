package org.flutemail.protocol.imap.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One argument of a decoded command. The decoder knows only the lexical shapes; whether an atom is a
 * sequence set, a flag, {@code NIL} or a FETCH section is for the command parsers to say, because the
 * same characters mean different things in different commands.
 */
public sealed interface Argument {

    /** Text of an astring: an atom, a quoted string or a literal (read as UTF-8); null for a list. */
    String text();

    /**
     * A run of atom characters. Also covers what RFC 3501 spells with {@code ]}, {@code %}, {@code *}
     * and {@code \}, and FETCH sections such as {@code BODY.PEEK[HEADER.FIELDS (From)]<0.100>}, whose
     * bracketed part may hold spaces and parentheses.
     */
    record Atom(String value) implements Argument {
        public Atom {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String text() {
            return value;
        }

        public boolean isNil() {
            return value.equalsIgnoreCase("NIL");
        }

        @Override
        public String toString() {
            return value;
        }
    }

    /** A quoted string with its escapes removed, decoded as UTF-8 (RFC 6855 allows UTF-8 in it). */
    record Quoted(String value) implements Argument {
        public Quoted {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String text() {
            return value;
        }

        @Override
        public String toString() {
            return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
    }

    /** The octets of a literal; {@code binary} for literal8 ({@code ~{n}}, RFC 3516), which may hold NUL. */
    record Literal(byte[] bytes, boolean binary) implements Argument {
        public Literal {
            Objects.requireNonNull(bytes, "bytes");
        }

        @Override
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Literal that && binary == that.binary && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes) * 31 + Boolean.hashCode(binary);
        }

        @Override
        public String toString() {
            return (binary ? "~{" : "{") + bytes.length + "}" + new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** A parenthesised list. */
    record ParenList(List<Argument> items) implements Argument {
        public ParenList {
            items = List.copyOf(items);
        }

        @Override
        public String text() {
            return null;
        }

        @Override
        public String toString() {
            return items.stream().map(Object::toString).collect(Collectors.joining(" ", "(", ")"));
        }
    }
}
