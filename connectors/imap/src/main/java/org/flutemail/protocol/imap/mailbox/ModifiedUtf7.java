package org.flutemail.protocol.imap.mailbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Modified UTF-7 (RFC 3501 section 5.1.3), the encoding of mailbox names for clients that have not
 * enabled UTF8=ACCEPT: printable ASCII stands for itself except {@code &}, written {@code &-}; any other
 * run of characters is {@code &}, UTF-16BE in base64 with {@code ,} for {@code /} and no padding, {@code -}.
 *
 * <p>Decoding is strict and accepts only the one canonical spelling of each name. Two spellings of one
 * name would let a client create mailboxes that look identical, or slip past a check made on one
 * spelling; so unnecessarily encoded printable ASCII, adjacent encoded runs, non-zero padding bits,
 * odd octet counts and unpaired surrogates are all refused.
 */
public final class ModifiedUtf7 {

    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private ModifiedUtf7() {
    }

    public static String encode(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (isPrintable(c)) {
                out.append(c == '&' ? "&-" : String.valueOf(c));
                i++;
                continue;
            }
            int end = i;
            while (end < name.length() && !isPrintable(name.charAt(end))) {
                end++;
            }
            byte[] utf16 = name.substring(i, end).getBytes(StandardCharsets.UTF_16BE);
            out.append('&').append(ENCODER.encodeToString(utf16).replace('/', ',')).append('-');
            i = end;
        }
        return out.toString();
    }

    public static String decode(String wire) throws MalformedNameException {
        StringBuilder out = new StringBuilder(wire.length());
        int i = 0;
        boolean afterEncodedRun = false;
        while (i < wire.length()) {
            char c = wire.charAt(i);
            if (!isPrintable(c)) {
                throw new MalformedNameException("Mailbox name must be modified UTF-7: raw non-ASCII character");
            }
            if (c != '&') {
                out.append(c);
                afterEncodedRun = false;
                i++;
                continue;
            }
            int dash = wire.indexOf('-', i + 1);
            if (dash < 0) {
                throw new MalformedNameException("Mailbox name has an unterminated & sequence");
            }
            if (dash == i + 1) {
                out.append('&');
                afterEncodedRun = false;
            } else {
                if (afterEncodedRun) {
                    throw new MalformedNameException("Mailbox name has adjacent encoded sequences");
                }
                out.append(decodeRun(wire.substring(i + 1, dash)));
                afterEncodedRun = true;
            }
            i = dash + 1;
        }
        return out.toString();
    }

    private static String decodeRun(String base64) throws MalformedNameException {
        for (int k = 0; k < base64.length(); k++) {
            if (!isBase64Char(base64.charAt(k))) {
                throw new MalformedNameException("Mailbox name has an invalid character in an encoded sequence");
            }
        }
        byte[] utf16;
        try {
            utf16 = DECODER.decode(base64.replace(',', '/'));
        } catch (IllegalArgumentException e) {
            throw new MalformedNameException("Mailbox name has a truncated encoded sequence");
        }
        if (utf16.length % 2 != 0) {
            throw new MalformedNameException("Mailbox name has an encoded sequence that is not UTF-16");
        }
        if (!ENCODER.encodeToString(utf16).replace('/', ',').equals(base64)) {
            throw new MalformedNameException("Mailbox name has non-zero padding bits in an encoded sequence");
        }
        String decoded = new String(utf16, StandardCharsets.UTF_16BE);
        checkUtf16(utf16, decoded);
        return decoded;
    }

    private static void checkUtf16(byte[] utf16, String decoded) throws MalformedNameException {
        for (int k = 0; k < utf16.length; k += 2) {
            char c = (char) (((utf16[k] & 0xff) << 8) | (utf16[k + 1] & 0xff));
            if (isPrintable(c)) {
                throw new MalformedNameException("Mailbox name encodes printable ASCII that must stand for itself");
            }
        }
        for (int k = 0; k < decoded.length(); k++) {
            char c = decoded.charAt(k);
            if (Character.isHighSurrogate(c) && k + 1 < decoded.length()
                    && Character.isLowSurrogate(decoded.charAt(k + 1))) {
                k++;
            } else if (Character.isSurrogate(c) || c == '\uFFFD') {
                throw new MalformedNameException("Mailbox name has an unpaired UTF-16 surrogate");
            }
        }
    }

    private static boolean isPrintable(char c) {
        return c >= 0x20 && c <= 0x7e;
    }

    private static boolean isBase64Char(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == ',';
    }
}
