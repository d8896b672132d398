package org.flutemail.application.internal;

import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flutemail.protocol.imap.message.Address;
import org.flutemail.protocol.imap.message.AddressListParser;
import org.flutemail.protocol.imap.message.ContentFields;
import org.flutemail.protocol.imap.message.HeaderBlock;
import org.flutemail.protocol.imap.message.MimePart;

/**
 * A message as text a person would search: header fields with their encoded words decoded, and the
 * text parts of the body decoded from their transfer encoding and charset (GB2312, GBK, GB18030, Big5,
 * UTF-8 ...), all lower-cased. 8-bit headers are read as UTF-8, else in the legacy charset the
 * message's Content-Type declares, else GB18030, the most common legacy charset of this system's users.
 */
final class SearchableText {

    private static final Pattern FOLD = Pattern.compile("\r?\n[ \t]");

    private final byte[] content;
    private final MimePart message;
    /** The legacy charset this message declares for its text, in which its raw header octets are read. */
    private final Charset declared;
    private String body;

    SearchableText(byte[] content) {
        this.content = content;
        this.message = MimePart.parse(content);
        this.declared = MessageSummaryReader.declaredCharset(message.header().value("Content-Type"));
    }

    /** The decoded values of every field named {@code name}, joined; null when there is none. */
    String header(String name) {
        StringBuilder values = null;
        for (HeaderBlock.Field field : message.header().fields()) {
            if (field.name().equalsIgnoreCase(name)) {
                values = values == null ? new StringBuilder() : values.append('\n');
                values.append(decoded(field));
            }
        }
        return values == null ? null : values.toString();
    }

    /** A field's value, unfolded, with its encoded words and 8-bit octets decoded, lower-cased. */
    private String decoded(HeaderBlock.Field field) {
        String text = MessageSummaryReader.decode(Arrays.copyOfRange(content, field.start(), field.end()), declared);
        String value = FOLD.matcher(text.substring(text.indexOf(':') + 1)).replaceAll(" ").strip();
        return MessageSummaryReader.decodeWords(value).toLowerCase(Locale.ROOT);
    }

    /**
     * The addresses of an address field as {@code name <local@domain>}, comments and route left out, so
     * that a search for {@code user@domain} finds {@code <user (comment)@ domain>}; null when absent.
     */
    String addresses(String name) {
        String raw = message.header().value(name);
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (Address address : AddressListParser.parse(raw)) {
            if (address.host() == null) {
                continue;
            }
            String display = address.name() == null ? ""
                    : MessageSummaryReader.decodeWords(MessageSummaryReader.decode(
                            address.name().getBytes(StandardCharsets.ISO_8859_1), declared)) + " ";
            out.append(display).append('<').append(address.mailbox()).append('@').append(address.host())
                    .append(">\n");
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The day a Date field names, as written there (its own time zone), or null when it has none. */
    LocalDate sentDay() {
        String date = message.header().value("Date");
        if (date == null) {
            return null;
        }
        Matcher day = SENT_DAY.matcher(date);
        if (!day.find()) {
            return null;
        }
        int year = Integer.parseInt(day.group(3));
        year = day.group(3).length() == 2 ? (year < 50 ? 2000 + year : 1900 + year) : year;
        try {
            return LocalDate.of(year, MONTHS.indexOf(day.group(2).toLowerCase(Locale.ROOT)) / 3 + 1,
                    Integer.parseInt(day.group(1)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
    private static final Pattern SENT_DAY = Pattern.compile(
            "(\\d{1,2})\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\s+(\\d{4}|\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);

    /** All header fields, decoded. */
    String headers() {
        StringBuilder all = new StringBuilder();
        for (HeaderBlock.Field field : message.header().fields()) {
            all.append(field.name().toLowerCase(Locale.ROOT)).append(": ").append(decoded(field)).append('\n');
        }
        return all.toString();
    }

    /** The text of the body's text parts, decoded; markup of HTML parts left out. */
    String body() {
        if (body == null) {
            StringBuilder text = new StringBuilder();
            collect(message, text);
            body = text.toString().toLowerCase(Locale.ROOT);
        }
        return body;
    }

    private void collect(MimePart part, StringBuilder text) {
        if (part.isMultipart()) {
            part.children().forEach(child -> collect(child, text));
            return;
        }
        if (part.message() != null) {
            SearchableText inner = new SearchableText(Arrays.copyOfRange(content, part.message().start(),
                    part.message().end()));
            text.append(inner.headers()).append('\n').append(inner.body()).append('\n');
            return;
        }
        if (!part.type().equals("text")) {
            return;
        }
        ContentFields fields = ContentFields.of(part);
        String decoded = decode(Arrays.copyOfRange(content, part.bodyStart(), part.end()), fields);
        if (part.subtype().equals("html")) {
            decoded = decoded.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]*>", " ")
                    .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        }
        text.append(decoded).append('\n');
    }

    private static String decode(byte[] octets, ContentFields fields) {
        byte[] bytes = octets;
        String encoding = fields.encoding().toLowerCase(Locale.ROOT);
        if (encoding.equals("base64") || encoding.equals("quoted-printable")) {
            try (InputStream in = MimeUtility.decode(new ByteArrayInputStream(octets), encoding)) {
                bytes = in.readAllBytes();
            } catch (IOException | jakarta.mail.MessagingException | RuntimeException e) {
                bytes = octets;
            }
        }
        String charset = fields.parameters().get("charset");
        return charset == null || charset.equalsIgnoreCase("us-ascii") ? MessageSummaryReader.decode(bytes)
                : new String(bytes, charset(charset));
    }

    /** GB2312 and GBK mail often holds characters only their superset GB18030 has; read them all as that. */
    private static Charset charset(String name) {
        String normalised = name.strip().toLowerCase(Locale.ROOT);
        if (normalised.equals("gb2312") || normalised.equals("gbk") || normalised.equals("x-gbk")
                || normalised.equals("euc-cn")) {
            return Charset.forName("GB18030");
        }
        if (normalised.equals("big5")) {
            return Charset.forName("Big5-HKSCS");
        }
        try {
            return Charset.forName(MimeUtility.javaCharset(name.strip()));
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
