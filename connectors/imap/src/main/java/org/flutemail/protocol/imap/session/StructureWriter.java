package org.flutemail.protocol.imap.session;

import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.flutemail.protocol.imap.message.Address;
import org.flutemail.protocol.imap.message.AddressListParser;
import org.flutemail.protocol.imap.message.ContentFields;
import org.flutemail.protocol.imap.message.HeaderBlock;
import org.flutemail.protocol.imap.message.MimePart;
import org.flutemail.protocol.imap.response.ResponseWriter;

/** Writes ENVELOPE, BODY and BODYSTRUCTURE (RFC 9051 section 7.5.2) from a message's parts. */
final class StructureWriter {

    private final byte[] content;
    /** Per part: BODY and BODYSTRUCTURE of one message, written by one writer, count each part once. */
    private final Map<MimePart, Integer> lineCounts = new IdentityHashMap<>();

    StructureWriter(byte[] content) {
        this.content = content;
    }

    /** The envelope of a message; Sender and Reply-To default to From as the RFC requires. */
    void envelope(ResponseWriter out, MimePart message) {
        HeaderBlock header = message.header();
        List<Address> from = AddressListParser.parse(header.value("From"));
        out.openList();
        nstring(out, ContentFields.raw(header, "Date"));
        nstring(out, ContentFields.raw(header, "Subject"));
        addresses(out, from);
        addresses(out, orElse(AddressListParser.parse(header.value("Sender")), from));
        addresses(out, orElse(AddressListParser.parse(header.value("Reply-To")), from));
        addresses(out, AddressListParser.parse(header.value("To")));
        addresses(out, AddressListParser.parse(header.value("Cc")));
        addresses(out, AddressListParser.parse(header.value("Bcc")));
        nstring(out, ContentFields.raw(header, "In-Reply-To"));
        nstring(out, ContentFields.raw(header, "Message-ID"));
        out.closeList();
    }

    /** BODYSTRUCTURE when {@code extensible}, else BODY: the same without extension data. */
    void structure(ResponseWriter out, MimePart part, boolean extensible) {
        ContentFields fields = ContentFields.of(part);
        out.openList();
        if (part.isMultipart()) {
            boolean first = true;
            for (MimePart child : part.children()) {
                if (!first) {
                    out.adjacent();
                }
                structure(out, child, extensible);
                first = false;
            }
            out.string(part.subtype());
            if (extensible) {
                parameters(out, fields.parameters());
                extension(out, fields);
            }
        } else {
            out.string(fields.type()).string(fields.subtype());
            parameters(out, fields.parameters());
            nstring(out, fields.id());
            nstring(out, fields.description());
            out.string(fields.encoding());
            out.number(part.end() - part.bodyStart());
            if (part.message() != null) {
                envelope(out, part.message());
                structure(out, part.message(), extensible);
                out.number(lines(part));
            } else if (fields.type().equals("text")) {
                out.number(lines(part));
            }
            if (extensible) {
                nstring(out, fields.md5());
                extension(out, fields);
            }
        }
        out.closeList();
    }

    private static void extension(ResponseWriter out, ContentFields fields) {
        if (fields.dispositionType() == null) {
            out.nil();
        } else {
            out.openList().string(fields.dispositionType());
            parameters(out, fields.dispositionParameters());
            out.closeList();
        }
        language(out, fields.language());
        nstring(out, fields.location());
    }

    /** Content-Language as the list of its tags (RFC 3282 allows several, comma-separated). */
    private static void language(ResponseWriter out, byte[] value) {
        if (value == null) {
            out.nil();
            return;
        }
        out.openList();
        for (String tag : new String(value, StandardCharsets.ISO_8859_1).split(",")) {
            if (!tag.isBlank()) {
                out.string(tag.trim().getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        out.closeList();
    }

    private static void parameters(ResponseWriter out, Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            out.nil();
            return;
        }
        out.openList();
        parameters.forEach((name, value) -> out.string(name)
                .string(value.getBytes(StandardCharsets.ISO_8859_1)));
        out.closeList();
    }

    private static void addresses(ResponseWriter out, List<Address> addresses) {
        if (addresses.isEmpty()) {
            out.nil();
            return;
        }
        out.openList();
        for (Address address : addresses) {
            out.openList();
            nstring(out, latin(address.name()));
            nstring(out, latin(address.route()));
            nstring(out, latin(address.mailbox()));
            nstring(out, latin(address.host()));
            out.closeList().adjacent();
        }
        out.closeList();
    }

    /** Line ends in the body: an unterminated last line is not counted, as Dovecot and Cyrus count. */
    private int lines(MimePart part) {
        return lineCounts.computeIfAbsent(part, this::countLines);
    }

    private int countLines(MimePart part) {
        int lines = 0;
        for (int i = part.bodyStart(); i < part.end(); i++) {
            if (content[i] == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static void nstring(ResponseWriter out, byte[] value) {
        if (value == null) {
            out.nil();
        } else {
            out.string(value);
        }
    }

    private static byte[] latin(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static <T> List<T> orElse(List<T> value, List<T> fallback) {
        return value.isEmpty() ? fallback : value;
    }
}
