package org.flutemail.application.internal;

import jakarta.mail.internet.HeaderTokenizer;
import jakarta.mail.internet.MimeUtility;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flutemail.domain.ListPosting;
import org.flutemail.domain.ListReplyTo;
import org.flutemail.domain.MailingList;

/**
 * The copy of a post that one member of a list receives: the header rewritten for the list, the body
 * streamed unchanged. The list's own fields go in front (RFC 2919 {@code List-Id}, RFC 2369
 * {@code List-Help}, {@code List-Post}, {@code List-Unsubscribe} with the member's one-click link and
 * RFC 8058 {@code List-Unsubscribe-Post}, {@code Precedence: list}, the loop marker); the same fields
 * a list upstream added are dropped, since a member acts on the list that sent the copy. Earlier loop
 * markers stay: they are what stops a circle of lists. The subject gets the prefix once, and with
 * replies to the list the poster's {@code Reply-To} gives way to the list's.
 */
final class ListCopy {

    /** Larger headers are not mail a list should pass on. */
    static final int MAX_HEADER = 256 * 1024;

    private static final Set<String> REPLACED = Set.of("list-id", "list-help", "list-post", "list-unsubscribe",
            "list-unsubscribe-post", "list-subscribe", "list-owner", "list-archive", "precedence");

    private ListCopy() {
    }

    /** {@code original} is consumed by the returned stream, which the caller closes. */
    static InputStream of(MailingList list, InputStream original, String unsubscribeUrl) throws IOException {
        InputStream in = new BufferedInputStream(original);
        byte[] header = readHeader(in);
        String rewritten = rewrite(list, new String(header, StandardCharsets.ISO_8859_1), unsubscribeUrl);
        return new SequenceInputStream(new ByteArrayInputStream(rewritten.getBytes(StandardCharsets.ISO_8859_1)),
                in);
    }

    /**
     * The header section with its fields rewritten. Octets are carried as ISO-8859-1 characters so
     * raw 8-bit header text passes through unchanged; what the list adds is ASCII (RFC 2047 words).
     */
    static String rewrite(MailingList list, String header, String unsubscribeUrl) {
        StringBuilder out = new StringBuilder();
        out.append("List-Id: ").append(phrase(list.name())).append(" <").append(list.listId()).append(">\r\n");
        out.append("List-Help: <mailto:").append(list.address()).append("?subject=help>\r\n");
        out.append("List-Post: <mailto:").append(list.address()).append(">\r\n");
        out.append("List-Unsubscribe: <").append(unsubscribeUrl).append(">\r\n");
        out.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n");
        out.append("Precedence: list\r\n");
        out.append(ListPosting.LOOP_HEADER).append(": ").append(list.address()).append("\r\n");
        if (list.replyTo() == ListReplyTo.LIST) {
            out.append("Reply-To: ").append(phrase(list.name())).append(" <").append(list.address()).append(">\r\n");
        }
        for (String field : fields(header)) {
            String name = field.substring(0, Math.max(field.indexOf(':'), 0)).strip().toLowerCase(Locale.ROOT);
            if (REPLACED.contains(name) || name.equals("reply-to") && list.replyTo() == ListReplyTo.LIST) {
                continue;
            }
            out.append(name.equals("subject") ? prefixed(field, list.subjectPrefix()) : field);
        }
        return out.append("\r\n").toString();
    }

    /** The fields of a header section, each with its continuation lines and line ends. */
    static List<String> fields(String header) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        while (start < header.length()) {
            int end = nextLineEnd(header, start);
            while (end < header.length() && (header.charAt(end) == ' ' || header.charAt(end) == '\t')) {
                end = nextLineEnd(header, end);
            }
            String field = header.substring(start, end);
            if (!field.isBlank()) {
                fields.add(field.endsWith("\n") ? field : field + "\r\n");
            }
            start = end;
        }
        return fields;
    }

    private static int nextLineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl + 1;
    }

    private static String prefixed(String field, String prefix) {
        if (prefix.isEmpty()) {
            return field;
        }
        int colon = field.indexOf(':');
        String value = field.substring(colon + 1);
        String encodedPrefix = encoded(prefix);
        if (value.contains(encodedPrefix)) {
            return field;
        }
        return field.substring(0, colon + 1) + " " + encodedPrefix + (value.startsWith(" ") ? "" : " ") + value;
    }

    /** The list's name as the display part of an address: quoted when it has specials such as a comma. */
    private static String phrase(String name) {
        String encoded = encoded(name);
        return encoded.equals(name) ? MimeUtility.quote(name, HeaderTokenizer.RFC822) : encoded;
    }

    /** Text for an unstructured field: as it is when ASCII, else one RFC 2047 encoded word. */
    private static String encoded(String text) {
        if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return text;
        }
        try {
            return MimeUtility.encodeWord(text, "UTF-8", "B");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    /** Reads up to and including the empty line that ends the header (or the whole mail if none). */
    private static byte[] readHeader(InputStream in) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        int last = -1;
        int beforeLast = -1;
        int b;
        while ((b = in.read()) >= 0) {
            header.write(b);
            if (b == '\n' && (last == '\n' || last == '\r' && beforeLast == '\n')) {
                break;
            }
            if (header.size() > MAX_HEADER) {
                throw new IOException("the header of the post is larger than " + MAX_HEADER + " octets");
            }
            beforeLast = last;
            last = b;
        }
        // Without its final empty line: rewrite() ends the header again.
        byte[] bytes = header.toByteArray();
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
            end--;
        }
        return java.util.Arrays.copyOf(bytes, end);
    }
}
