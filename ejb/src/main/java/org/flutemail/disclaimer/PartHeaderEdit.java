package org.flutemail.disclaimer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flutemail.protocol.imap.message.HeaderBlock;
import org.flutemail.protocol.imap.message.MimePart;

/**
 * Rewrites a part's header section with at most two fields changed: the charset of Content-Type (when
 * the part had to move to UTF-8) and Content-Transfer-Encoding (when 7bit text needed
 * quoted-printable). Every other octet of the header, folding and order included, is copied as it was;
 * a field that was missing is added before the empty line.
 */
final class PartHeaderEdit {

    private static final Pattern CHARSET = Pattern.compile("(?i)(;\\s*charset\\s*=\\s*)(\"[^\"]*\"|[^;\\s]+)");

    private PartHeaderEdit() {
    }

    /**
     * @param charset           the new charset name, or null to keep Content-Type as it is
     * @param transferEncoding  the new Content-Transfer-Encoding, or null to keep it
     */
    static byte[] edit(byte[] message, MimePart part, String charset, String transferEncoding) {
        HeaderBlock header = part.header();
        ByteArrayOutputStream out = new ByteArrayOutputStream(part.bodyStart() - part.start() + 64);
        boolean typeSeen = false;
        boolean encodingSeen = false;
        int copied = part.start();
        int fieldsEnd = part.start();
        for (HeaderBlock.Field field : header.fields()) {
            String replacement = null;
            if (charset != null && !typeSeen && field.name().equalsIgnoreCase("Content-Type")) {
                typeSeen = true;
                replacement = withCharset(latin1(message, field.start(), field.end()), charset);
            } else if (transferEncoding != null && !encodingSeen
                    && field.name().equalsIgnoreCase("Content-Transfer-Encoding")) {
                encodingSeen = true;
                replacement = "Content-Transfer-Encoding: " + transferEncoding + "\r\n";
            }
            if (replacement != null) {
                out.write(message, copied, field.start() - copied);
                out.writeBytes(replacement.getBytes(StandardCharsets.ISO_8859_1));
                copied = field.end();
            }
            fieldsEnd = field.end();
        }
        out.write(message, copied, fieldsEnd - copied);
        if (charset != null && !typeSeen) {
            out.writeBytes(("Content-Type: text/" + part.subtype() + "; charset=" + charset + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }
        if (transferEncoding != null && !encodingSeen) {
            out.writeBytes(("Content-Transfer-Encoding: " + transferEncoding + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }
        out.write(message, fieldsEnd, part.bodyStart() - fieldsEnd);
        return out.toByteArray();
    }

    /** The field with its charset parameter set; the line end (and any folding before it) kept. */
    private static String withCharset(String field, String charset) {
        Matcher m = CHARSET.matcher(field);
        if (m.find()) {
            return field.substring(0, m.start(2)) + charset + field.substring(m.end(2));
        }
        int lineEnd = field.endsWith("\r\n") ? field.length() - 2 : field.endsWith("\n") ? field.length() - 1
                : field.length();
        return field.substring(0, lineEnd) + "; charset=" + charset + field.substring(lineEnd);
    }

    private static String latin1(byte[] data, int from, int to) {
        return new String(data, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
