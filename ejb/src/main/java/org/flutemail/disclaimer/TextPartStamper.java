package org.flutemail.disclaimer;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.flutemail.protocol.imap.message.ContentType;
import org.flutemail.protocol.imap.message.MimePart;
import org.flutemail.protocol.imap.message.TransferDecoding;

/**
 * Adds the disclaimer to one text/plain or text/html part and returns the part's new octets (header
 * and body). The body is decoded from its transfer encoding, the disclaimer added in the part's own
 * charset when that charset can write it (a GB2312 part with a Chinese disclaimer stays GB2312, its
 * octets untouched), else the whole part is converted to UTF-8; then the body is encoded again as it
 * was, except that 7bit text that is no longer 7bit becomes quoted-printable.
 */
final class TextPartStamper {

    /** Labels mail programs use for a narrower charset than they write, read by the superset. */
    private static final Map<String, String> READ_AS = Map.of(
            "gb2312", "GB18030", "gbk", "GB18030", "big5", "Big5-HKSCS");

    private static final int MAX_7BIT_LINE = 998;

    private TextPartStamper() {
    }

    static byte[] stamp(byte[] message, MimePart part, Disclaimer disclaimer) throws Unstampable {
        ContentType type = ContentType.parse(part.header().value("Content-Type"), "text/plain");
        String encoding = transferEncoding(part);
        byte[] raw = Arrays.copyOfRange(message, part.bodyStart(), part.end());
        byte[] decoded = TransferDecoding.decode(raw, encoding)
                .orElseThrow(() -> new Unstampable("unknown Content-Transfer-Encoding " + encoding));
        boolean html = part.subtype().equals("html");
        String addition = html ? "<div class=\"flute-disclaimer\">" + disclaimer.html() + "</div>\r\n"
                : crlf(disclaimer.plain()) + "\r\n";
        String label = type.parameter("charset");
        Charset declared = declared(label);

        byte[] text;
        String newCharset = null;
        if (asciiCompatible(declared) && declared.newEncoder().canEncode(addition)) {
            text = html ? intoHtml(decoded, addition.getBytes(declared)) : afterText(decoded, addition.getBytes(declared));
        } else {
            String body = decodeStrictly(decoded, label, declared);
            byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
            byte[] added = addition.getBytes(StandardCharsets.UTF_8);
            text = html ? intoHtml(utf8, added) : afterText(utf8, added);
            newCharset = "UTF-8";
        }

        boolean endsWithBreak = raw.length > 0 && raw[raw.length - 1] == '\n';
        String newEncoding = null;
        byte[] body;
        switch (encoding) {
            case "base64" -> body = base64(text, endsWithBreak);
            case "quoted-printable" -> body = QuotedPrintableEncoder.encode(text);
            case "8bit", "binary" -> body = text;
            default -> {
                if (isSevenBit(text)) {
                    body = text;
                } else {
                    body = QuotedPrintableEncoder.encode(text);
                    newEncoding = "quoted-printable";
                }
            }
        }
        byte[] header = PartHeaderEdit.edit(message, part, newCharset, newEncoding);
        ByteArrayOutputStream out = new ByteArrayOutputStream(header.length + body.length);
        out.writeBytes(header);
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static String transferEncoding(MimePart part) {
        String value = part.header().value("Content-Transfer-Encoding");
        return value == null || value.isBlank() ? "7bit" : value.strip().toLowerCase(Locale.ROOT);
    }

    /** No label means US-ASCII (RFC 2045 section 5.2). */
    private static Charset declared(String label) throws Unstampable {
        if (label == null || label.isBlank()) {
            return StandardCharsets.US_ASCII;
        }
        try {
            return Charset.forName(label.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new Unstampable("unknown charset " + label);
        }
    }

    /** Whether ASCII text (the line breaks and markup around the disclaimer) is the same octets here. */
    private static boolean asciiCompatible(Charset charset) {
        return Arrays.equals("<\r\n".getBytes(charset), new byte[] {'<', '\r', '\n'});
    }

    /**
     * The body as text, for conversion to UTF-8: by its label widened as mail programs write it, or,
     * without a label, as UTF-8 (what unlabelled 8-bit mail mostly is). Octets that do not decode leave
     * the message alone rather than be replaced.
     */
    private static String decodeStrictly(byte[] body, String label, Charset declared) throws Unstampable {
        Charset reading = label == null || label.isBlank() ? StandardCharsets.UTF_8
                : Charset.forName(READ_AS.getOrDefault(label.strip().toLowerCase(Locale.ROOT), declared.name()));
        try {
            return reading.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new Unstampable("the text is not valid " + reading.name());
        }
    }

    /** Plain text: a blank line, then the disclaimer, after the text's last line. */
    private static byte[] afterText(byte[] text, byte[] addition) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length + addition.length + 4);
        out.writeBytes(text);
        if (text.length > 0 && text[text.length - 1] != '\n') {
            out.writeBytes(new byte[] {'\r', '\n'});
        }
        out.writeBytes(new byte[] {'\r', '\n'});
        out.writeBytes(addition);
        return out.toByteArray();
    }

    /** HTML: before the last {@code </body>}, else before {@code </html>}, else at the end. */
    private static byte[] intoHtml(byte[] html, byte[] addition) {
        int at = lastIndexOfIgnoreCase(html, "</body");
        if (at < 0) {
            at = lastIndexOfIgnoreCase(html, "</html");
        }
        if (at < 0) {
            at = html.length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(html.length + addition.length);
        out.write(html, 0, at);
        out.writeBytes(addition);
        out.write(html, at, html.length - at);
        return out.toByteArray();
    }

    /**
     * Octet-wise, which is safe in every ASCII-compatible charset mail uses: the trailing octets of
     * GBK, GB18030 and Big5 characters never fall on '<' or '/'.
     */
    private static int lastIndexOfIgnoreCase(byte[] data, String ascii) {
        byte[] wanted = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = data.length - wanted.length; i >= 0; i--) {
            for (int j = 0; j < wanted.length; j++) {
                if (Character.toLowerCase((char) (data[i + j] & 0xff)) != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean isSevenBit(byte[] text) {
        int line = 0;
        for (byte b : text) {
            if (b < 0 || b == 0) {
                return false;
            }
            line = b == '\n' ? 0 : line + 1;
            if (line > MAX_7BIT_LINE) {
                return false;
            }
        }
        return true;
    }

    private static byte[] base64(byte[] text, boolean endsWithBreak) {
        byte[] encoded = Base64.getMimeEncoder(76, new byte[] {'\r', '\n'}).encode(text);
        if (!endsWithBreak) {
            return encoded;
        }
        byte[] withBreak = Arrays.copyOf(encoded, encoded.length + 2);
        withBreak[encoded.length] = '\r';
        withBreak[encoded.length + 1] = '\n';
        return withBreak;
    }

    private static String crlf(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
    }
}
