package org.flutemail.protocol.imap.message;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Undoes a part's Content-Transfer-Encoding (RFC 2045 section 6), for IMAP BINARY (RFC 3516):
 * base64 and quoted-printable are decoded, identity encodings pass unchanged, anything else is unknown.
 */
public final class TransferDecoding {

    private TransferDecoding() {
    }

    /** The decoded octets, or empty for an encoding this server does not know (answered UNKNOWN-CTE). */
    public static Optional<byte[]> decode(byte[] body, String encoding) {
        String name = encoding == null ? "7bit" : encoding.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "7bit", "8bit", "binary" -> Optional.of(body);
            // The MIME decoder skips line ends and anything else outside the alphabet, as RFC 2045 asks.
            case "base64" -> Optional.of(Base64.getMimeDecoder().decode(withoutPaddingJunk(body)));
            case "quoted-printable" -> Optional.of(quotedPrintable(body));
            default -> Optional.empty();
        };
    }

    /** Text after the padding would make the JDK's decoder fail; a mail reader ignores it. */
    private static byte[] withoutPaddingJunk(byte[] body) {
        int end = body.length;
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '=') {
                int j = i;
                while (j < body.length && (body[j] == '=' || body[j] == '\r' || body[j] == '\n' || body[j] == ' ')) {
                    j++;
                }
                end = j;
                break;
            }
        }
        byte[] kept = new byte[end];
        System.arraycopy(body, 0, kept, 0, end);
        return kept;
    }

    /**
     * Line by line (RFC 2045 section 6.7): white space at a line's end is transport padding and goes;
     * a line then ending in "=" is a soft break and joins the next; "=XX" is an octet.
     */
    private static byte[] quotedPrintable(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        int start = 0;
        while (start < body.length) {
            int lf = start;
            while (lf < body.length && body[lf] != '\n') {
                lf++;
            }
            boolean hasBreak = lf < body.length;
            int end = hasBreak && lf > start && body[lf - 1] == '\r' ? lf - 1 : lf;
            while (end > start && (body[end - 1] == ' ' || body[end - 1] == '\t')) {
                end--;
            }
            boolean soft = end > start && body[end - 1] == '=';
            decodeLine(body, start, soft ? end - 1 : end, out);
            if (hasBreak && !soft) {
                out.write('\r');
                out.write('\n');
            }
            start = lf + 1;
        }
        return out.toByteArray();
    }

    private static void decodeLine(byte[] body, int from, int to, ByteArrayOutputStream out) {
        int i = from;
        while (i < to) {
            if (body[i] == '=' && i + 2 < to && hex(body[i + 1]) >= 0 && hex(body[i + 2]) >= 0) {
                out.write(hex(body[i + 1]) * 16 + hex(body[i + 2]));
                i += 3;
            } else {
                out.write(body[i]);
                i++;
            }
        }
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }
}
