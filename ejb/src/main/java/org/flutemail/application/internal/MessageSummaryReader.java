package org.flutemail.application.internal;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.ParsePosition;
import java.time.Instant;
import java.util.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flutemail.domain.MessageSummary;

/**
 * Reads the header fields a message list shows (From, To, Subject, Date, Message-ID) from raw message
 * bytes, decoded to Unicode.
 *
 * <p>Headers should be ASCII with RFC 2047 encoded words, but much real mail, from older Chinese
 * clients especially, carries raw 8-bit text. Bytes that are valid UTF-8 are read as UTF-8 (RFC 6532);
 * anything else in the legacy charset the message declares for its text (the charset of its top-level
 * Content-Type: a program that writes Big5 bodies writes Big5 headers), or, without one, as GB18030,
 * which covers GB2312 and GBK and so the most common legacy case.
 */
final class MessageSummaryReader {

    /** Header sections beyond this are unusual; the list view does not need what lies past it. */
    static final int MAX_HEADER_OCTETS = 256 * 1024;
    private static final Charset LEGACY = Charset.forName("GB18030");

    private MessageSummaryReader() {
    }

    static MessageSummary read(InputStream message) throws IOException {
        Map<String, String> fields = firstFields(message);
        return new MessageSummary(
                decodeWords(fields.get("from")),
                decodeWords(fields.get("to")),
                decodeWords(fields.get("subject")),
                date(fields.get("date")),
                fields.get("message-id"));
    }

    /**
     * The addresses of the From header (RFC 5322 allows several), as written, without display names.
     * A From header that does not parse yields its raw text, so that it is checked rather than skipped.
     */
    static List<String> fromAddresses(InputStream message) throws IOException {
        String from = firstFields(message).get("from");
        if (from == null) {
            return List.of();
        }
        try {
            List<String> addresses = new ArrayList<>();
            for (InternetAddress a : InternetAddress.parseHeader(from, false)) {
                addresses.add(a.getAddress());
            }
            return addresses;
        } catch (AddressException e) {
            return List.of(from);
        }
    }

    /**
     * Every header field in order, as {name in lower case, value}; the value unfolded and its octets
     * decoded (UTF-8, else GB18030) but its RFC 2047 words not yet (see {@link #decodeWords}).
     */
    static List<Map.Entry<String, String>> allFields(InputStream message) throws IOException {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (String field : unfoldedFields(decodeHeaderSection(headerBytes(message)))) {
            int colon = field.indexOf(':');
            if (colon > 0) {
                fields.add(Map.entry(field.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        field.substring(colon + 1).trim()));
            }
        }
        return fields;
    }

    /** The header fields by lower-case name; the first occurrence of each. */
    private static Map<String, String> firstFields(InputStream message) throws IOException {
        Map<String, String> fields = new HashMap<>();
        for (String field : unfoldedFields(decodeHeaderSection(headerBytes(message)))) {
            int colon = field.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = field.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            fields.putIfAbsent(name, field.substring(colon + 1).trim());
        }
        return fields;
    }

    private static byte[] headerBytes(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        int previous = -1;
        int beforePrevious = -1;
        int b;
        while (out.size() < MAX_HEADER_OCTETS && (b = in.read()) != -1) {
            // The header section ends at the first empty line (LF LF, with or without CRs).
            if (b == '\n' && (previous == '\n' || (previous == '\r' && beforePrevious == '\n'))) {
                break;
            }
            out.write(b);
            beforePrevious = previous;
            previous = b;
        }
        return out.toByteArray();
    }

    static String decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /** As {@link #decode(byte[])}, with the legacy charset the message declares (null: GB18030). */
    static String decode(byte[] bytes, Charset declared) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, declared == null ? LEGACY : declared);
        }
    }

    /** A whole header section, its raw 8-bit text read in the charset its Content-Type declares. */
    private static String decodeHeaderSection(byte[] header) {
        String latin = new String(header, StandardCharsets.ISO_8859_1);
        String contentType = null;
        for (String field : unfoldedFields(latin)) {
            if (field.regionMatches(true, 0, "content-type:", 0, "content-type:".length())) {
                contentType = field.substring("content-type:".length());
                break;
            }
        }
        return decode(header, declaredCharset(contentType));
    }

    private static final java.util.regex.Pattern CHARSET = java.util.regex.Pattern.compile(
            "(?i);\\s*charset\\s*=\\s*\"?([A-Za-z0-9._:+-]{1,40})");

    /**
     * The charset a Content-Type value declares, widened as {@link BodyCharsets} widens it, when it is
     * a legacy one that raw header text could be in: null for none, UTF-8, ASCII or an unknown name.
     */
    static Charset declaredCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        java.util.regex.Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        Charset charset = BodyCharsets.charset(m.group(1));
        return charset == null || charset.equals(StandardCharsets.UTF_8) ? null : charset;
    }

    private static Iterable<String> unfoldedFields(String header) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = null;
        for (String line : header.split("\r?\n")) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && current != null) {
                current.append(' ').append(line.strip());
            } else {
                if (current != null) {
                    fields.add(current.toString());
                }
                current = new StringBuilder(line);
            }
        }
        if (current != null) {
            fields.add(current.toString());
        }
        return fields;
    }

    static String decodeWords(String value) {
        if (value == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(value);
        } catch (UnsupportedEncodingException | RuntimeException e) {
            // An unknown charset in an encoded word: show the raw text rather than nothing.
            return value;
        }
    }

    private static Instant date(String value) {
        if (value == null) {
            return null;
        }
        Date parsed = new MailDateFormat().parse(value, new ParsePosition(0));
        return parsed == null ? null : parsed.toInstant();
    }
}
