package org.flutemail.application.internal;

import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.ParseException;
import java.text.ParsePosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flutemail.application.ReadingViews.AttachmentView;
import org.flutemail.application.ReadingViews.HeaderLine;
import org.flutemail.application.ReadingViews.MessageDisplay;
import org.flutemail.application.ReadingViews.PartContent;
import org.flutemail.protocol.imap.message.HeaderBlock;
import org.flutemail.protocol.imap.message.MimePart;
import org.flutemail.protocol.imap.message.TransferDecoding;

/**
 * Takes a message apart for reading, with the IMAP library's MIME parser (which locates parts without
 * copying them): the header fields decoded to Unicode, the first text/plain and text/html bodies
 * found outside attachments, and every other leaf part as an attachment named by its IMAP section.
 */
final class MessageDisplayReader {

    private final byte[] data;
    private final MimePart root;
    /** The legacy charset the message declares, in which its raw 8-bit header octets are read. */
    private final java.nio.charset.Charset declared;

    MessageDisplayReader(byte[] data) {
        this.data = data;
        this.root = MimePart.parse(data);
        this.declared = MessageSummaryReader.declaredCharset(root.header().value("Content-Type"));
    }

    MessageDisplay display(long uid, Instant arrival) {
        List<HeaderLine> headers = headers(root);
        Bodies bodies = new Bodies();
        collect(root, "", bodies);
        Instant date = date(field(headers, "Date")).orElse(arrival);
        return new MessageDisplay(uid, field(headers, "From"), field(headers, "To"), field(headers, "Cc"),
                field(headers, "Subject"), date, data.length, bodies.plain, bodies.html,
                List.copyOf(bodies.attachments), headers, senderAddress());
    }

    Optional<PartContent> part(String section) {
        List<Integer> path = new ArrayList<>();
        try {
            for (String number : section.split("\\.")) {
                path.add(Integer.parseInt(number));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        MimePart part = root.part(path);
        if (part == null || part.isMultipart()) {
            return Optional.empty();
        }
        return Optional.of(new PartContent(fileName(part).orElse("part-" + section), mimeType(part),
                decoded(part)));
    }

    private static final class Bodies {
        String plain;
        String html;
        final List<AttachmentView> attachments = new ArrayList<>();
    }

    private void collect(MimePart part, String section, Bodies bodies) {
        if (part.isMultipart()) {
            List<MimePart> children = part.children();
            for (int i = 0; i < children.size(); i++) {
                collect(children.get(i), section.isEmpty() ? String.valueOf(i + 1) : section + "." + (i + 1), bodies);
            }
            return;
        }
        String own = section.isEmpty() ? "1" : section;
        boolean attachment = isAttachment(part);
        if (!attachment && part.type().equals("text") && part.subtype().equals("plain") && bodies.plain == null) {
            bodies.plain = text(part);
        } else if (!attachment && part.type().equals("text") && part.subtype().equals("html") && bodies.html == null) {
            bodies.html = text(part);
        } else {
            bodies.attachments.add(new AttachmentView(own, fileName(part).orElse("part-" + own), mimeType(part),
                    decoded(part).length, contentId(part)));
        }
    }

    /** RFC 2392: the id inside its angle brackets, as a {@code cid:} URL names it. */
    private static String contentId(MimePart part) {
        String value = part.header().value("Content-ID");
        if (value == null) {
            return null;
        }
        String id = value.strip();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1).strip();
        }
        return id.isEmpty() ? null : id;
    }

    private boolean isAttachment(MimePart part) {
        String disposition = part.header().value("Content-Disposition");
        return disposition != null && disposition.strip().toLowerCase(Locale.ROOT).startsWith("attachment");
    }

    private String text(MimePart part) {
        return BodyCharsets.decode(decoded(part), contentType(part).map(t -> t.getParameter("charset")).orElse(null));
    }

    private byte[] decoded(MimePart part) {
        byte[] body = Arrays.copyOfRange(data, part.bodyStart(), part.end());
        return TransferDecoding.decode(body, part.header().value("Content-Transfer-Encoding")).orElse(body);
    }

    private static String mimeType(MimePart part) {
        return part.type() + "/" + part.subtype();
    }

    private static Optional<ContentType> contentType(MimePart part) {
        String value = part.header().value("Content-Type");
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ContentType(value));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    /** The disposition's filename (RFC 2183, RFC 2231), else the type's name, RFC 2047 words decoded. */
    private static Optional<String> fileName(MimePart part) {
        String name = null;
        String disposition = part.header().value("Content-Disposition");
        if (disposition != null) {
            try {
                name = new ContentDisposition(disposition).getParameter("filename");
            } catch (ParseException e) {
                name = null;
            }
        }
        if (name == null) {
            name = contentType(part).map(t -> t.getParameter("name")).orElse(null);
        }
        return Optional.ofNullable(MessageSummaryReader.decodeWords(name)).filter(n -> !n.isBlank());
    }

    private List<HeaderLine> headers(MimePart message) {
        List<HeaderLine> lines = new ArrayList<>();
        for (HeaderBlock.Field field : message.header().fields()) {
            lines.add(new HeaderLine(field.name(), MessageSummaryReader.decodeWords(undecoded(field))));
        }
        return lines;
    }

    /** The field's value unfolded, its octets decoded but not its encoded words. */
    private String undecoded(HeaderBlock.Field field) {
        String raw = MessageSummaryReader.decode(Arrays.copyOfRange(data, field.start(), field.end()), declared);
        return raw.substring(raw.indexOf(':') + 1).replaceAll("\r?\n[ \t]", " ").strip();
    }

    /** Only a message with exactly one From field has a sender to trust. */
    private String senderAddress() {
        List<HeaderBlock.Field> from = root.header().fields().stream()
                .filter(f -> f.name().equalsIgnoreCase("From")).toList();
        return from.size() != 1 ? null : FromAddress.of(undecoded(from.get(0))).map(Object::toString).orElse(null);
    }

    private static String field(List<HeaderLine> headers, String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(HeaderLine::value).findFirst()
                .orElse(null);
    }

    private static Optional<Instant> date(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Date parsed = new MailDateFormat().parse(value, new ParsePosition(0));
        return Optional.ofNullable(parsed).map(Date::toInstant);
    }
}
