package org.flutemail.protocol.imap.response;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.flutemail.protocol.imap.mailbox.MailboxNames;

/**
 * Builds server responses into a buffer the session flushes: tagged and untagged status responses,
 * continuation requests and untagged data made of atoms, numbers, strings, NIL and lists, with the
 * spaces between them put in by the writer.
 *
 * <p>Strings take the cheapest form that is safe: an atom where the grammar allows one, else a quoted
 * string, else a literal. A literal is forced by CR, LF or NUL (never allowed in a quoted string) and
 * by 8-bit octets unless the client enabled UTF8=ACCEPT (RFC 6855), which allows UTF-8 in quoted
 * strings. Atoms and response codes come from the server and a CR or LF in one is a bug, so it throws;
 * human-readable text may carry data from a client, so control characters in it are replaced instead.
 *
 * <p>Usage: {@code writer.untagged().atom("FLAGS").openList().atom("\\Seen").closeList().end()}.
 * Not thread-safe.
 */
public final class ResponseWriter {

    /** Longer strings go as literals: easier for clients to read and nothing to escape. */
    private static final int MAX_QUOTED = 1024;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean utf8Accept;
    private boolean needSpace;

    /** @param utf8Accept whether the client enabled UTF8=ACCEPT: names go as UTF-8, quoted strings may be 8-bit */
    public ResponseWriter(boolean utf8Accept) {
        this.utf8Accept = utf8Accept;
    }

    /** A complete tagged status response, e.g. {@code a1 OK [READ-WRITE] SELECT completed}; code may be null. */
    public ResponseWriter tagged(String tag, Status status, String code, String text) {
        if (tag.isEmpty() || tag.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f)) {
            throw new IllegalArgumentException("not a tag: " + tag);
        }
        ascii(tag);
        return statusLine(status, code, text);
    }

    /** A complete untagged status response, e.g. {@code * OK [UIDVALIDITY 3] UIDs valid}; code may be null. */
    public ResponseWriter untaggedStatus(Status status, String code, String text) {
        ascii("*");
        return statusLine(status, code, text);
    }

    /** A complete continuation request, e.g. {@code + Ready}, or {@code + } with base64 SASL data. */
    public ResponseWriter continuation(String text) {
        ascii("+ ");
        raw(sanitise(text));
        return end();
    }

    /** Starts untagged data: {@code * }; follow with values and {@link #end()}. */
    public ResponseWriter untagged() {
        ascii("* ");
        needSpace = false;
        return this;
    }

    public ResponseWriter atom(String atom) {
        if (atom.isEmpty() || atom.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f)) {
            throw new IllegalArgumentException("not an atom: " + atom);
        }
        space();
        ascii(atom);
        return this;
    }

    /**
     * A FETCH data item name, which may hold spaces inside its section, as in
     * {@code BODY[HEADER.FIELDS (SUBJECT)]}.
     */
    public ResponseWriter itemName(String name) {
        if (name.isEmpty() || name.chars().anyMatch(c -> c < 0x20 || c >= 0x7f)) {
            throw new IllegalArgumentException("not a data item name: " + name);
        }
        space();
        ascii(name);
        return this;
    }

    /** Appends complete responses rendered by another writer, e.g. one built aside until it was sure to succeed. */
    public ResponseWriter append(byte[] rendered) {
        out.writeBytes(rendered);
        needSpace = false;
        return this;
    }

    /**
     * One value rendered before by another writer, e.g. an ENVELOPE prepared when the message was stored:
     * spaced like any other value.
     */
    public ResponseWriter value(byte[] rendered) {
        space();
        out.writeBytes(rendered);
        needSpace = true;
        return this;
    }

    public ResponseWriter number(long number) {
        if (number < 0) {
            throw new IllegalArgumentException("IMAP numbers are unsigned: " + number);
        }
        space();
        ascii(Long.toString(number));
        return this;
    }

    /** A string as quoted or literal, whichever is safe. */
    public ResponseWriter string(String value) {
        return string(value.getBytes(StandardCharsets.UTF_8));
    }

    /** Raw octets as a string (quoted or literal): header text, which may be 8-bit in any charset. */
    public ResponseWriter string(byte[] bytes) {
        space();
        if (StringForms.canQuote(bytes, utf8Accept) && bytes.length <= MAX_QUOTED) {
            StringForms.writeQuoted(out, bytes);
        } else {
            writeLiteral(bytes, false);
        }
        return this;
    }

    /** Puts the next value right after the previous one, as between the parts of a multipart BODYSTRUCTURE. */
    public ResponseWriter adjacent() {
        needSpace = false;
        return this;
    }

    /** An astring: as an atom where that reads back the same, else as {@link #string}. */
    public ResponseWriter astring(String value) {
        if (StringForms.isAtom(value)) {
            space();
            ascii(value);
            return this;
        }
        return string(value);
    }

    /** An nstring: NIL for null. */
    public ResponseWriter nstring(String value) {
        return value == null ? nil() : string(value);
    }

    /** A mailbox name, in modified UTF-7 unless the client enabled UTF8=ACCEPT. */
    public ResponseWriter mailbox(String name) {
        return astring(MailboxNames.toWire(name, utf8Accept));
    }

    public ResponseWriter nil() {
        space();
        ascii("NIL");
        return this;
    }

    /** Octets as a literal, e.g. a message body in a FETCH response. */
    public ResponseWriter literal(byte[] bytes) {
        space();
        writeLiteral(bytes, false);
        return this;
    }

    /** Octets as a literal8 ({@code ~{n}}, RFC 3516), for BINARY fetches that may hold NUL. */
    public ResponseWriter literal8(byte[] bytes) {
        space();
        writeLiteral(bytes, true);
        return this;
    }

    public ResponseWriter openList() {
        space();
        ascii("(");
        needSpace = false;
        return this;
    }

    public ResponseWriter closeList() {
        ascii(")");
        needSpace = true;
        return this;
    }

    /** Free text to the end of the line, e.g. after a response code. */
    public ResponseWriter text(String text) {
        space();
        raw(sanitise(text));
        return this;
    }

    /** Ends the current response line. */
    public ResponseWriter end() {
        ascii("\r\n");
        needSpace = false;
        return this;
    }

    public boolean isEmpty() {
        return out.size() == 0;
    }

    /** The bytes written so far; the writer is emptied. */
    public byte[] drain() {
        byte[] bytes = out.toByteArray();
        out.reset();
        return bytes;
    }

    public void drainTo(OutputStream target) throws IOException {
        out.writeTo(target);
        out.reset();
    }

    private ResponseWriter statusLine(Status status, String code, String text) {
        ascii(" " + status.name() + " ");
        if (code != null) {
            if (code.indexOf('\r') >= 0 || code.indexOf('\n') >= 0 || code.indexOf(']') >= 0) {
                throw new IllegalArgumentException("not a response code: " + code);
            }
            raw("[" + code + "] ");
        }
        raw(sanitise(text));
        return end();
    }

    private void writeLiteral(byte[] bytes, boolean binary) {
        ascii((binary ? "~{" : "{") + bytes.length + "}\r\n");
        out.writeBytes(bytes);
    }

    private void space() {
        if (needSpace) {
            out.write(' ');
        }
        needSpace = true;
    }

    private void ascii(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    private void raw(String text) {
        out.writeBytes(text.getBytes(utf8Accept ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII));
    }

    /** Response text must be one line of TEXT-CHAR; anything else becomes a space or {@code ?}. */
    private String sanitise(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> clean.appendCodePoint(c < 0x20 || c == 0x7f ? ' '
                : c > 0x7e && !utf8Accept ? '?' : c));
        return clean.toString();
    }
}
