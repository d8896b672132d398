package org.flutemail.protocol.imap.session;

import java.util.Arrays;

import org.flutemail.protocol.imap.command.FetchAttribute;
import org.flutemail.protocol.imap.message.MimePart;

/**
 * The octets of one body section (RFC 9051 section 6.4.5). A section that does not exist is empty,
 * which is what RFC 3501 servers answer and what clients cope with.
 */
final class SectionReader {

    private static final byte[] EMPTY = new byte[0];

    private SectionReader() {
    }

    static byte[] read(byte[] content, MimePart message, FetchAttribute.Section section) {
        if (section.part().isEmpty()) {
            return ofMessage(content, message, section);
        }
        MimePart part = message.part(section.part());
        if (part == null) {
            return EMPTY;
        }
        return switch (section.specifier()) {
            case "" -> slice(content, part.bodyStart(), part.end());
            case "MIME" -> slice(content, part.start(), part.bodyStart());
            // HEADER and TEXT of a part are those of the message it encapsulates (message/rfc822 only).
            default -> part.message() == null ? EMPTY : ofMessage(content, part.message(), section);
        };
    }

    private static byte[] ofMessage(byte[] content, MimePart message, FetchAttribute.Section section) {
        return switch (section.specifier()) {
            case "" -> slice(content, message.start(), message.end());
            case "HEADER" -> slice(content, message.start(), message.bodyStart());
            case "TEXT" -> slice(content, message.bodyStart(), message.end());
            case "HEADER.FIELDS" -> message.header().select(section.fields(), false);
            case "HEADER.FIELDS.NOT" -> message.header().select(section.fields(), true);
            default -> EMPTY;
        };
    }

    private static byte[] slice(byte[] content, int from, int to) {
        return Arrays.copyOfRange(content, from, to);
    }
}
