package org.flutemail.contacts;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an address book file whose character set nobody states. Outlook and Foxmail write CSV in
 * the Windows code page (GBK on Chinese Windows), or UTF-8 with or without a byte order mark when asked
 * to; vCard files are mostly UTF-8. So: a byte order mark decides (UTF-8 or UTF-16); else bytes that are
 * valid UTF-8 are UTF-8 (GBK text of any length almost never is); else GB18030, which reads every GBK
 * and GB2312 file the same and maps every byte sequence to something.
 */
public final class ContactText {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private ContactText() {
    }

    public static String decode(byte[] data) {
        if (startsWith(data, 0xEF, 0xBB, 0xBF)) {
            return new String(data, 3, data.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(data, 0xFF, 0xFE)) {
            return new String(data, 2, data.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(data, 0xFE, 0xFF)) {
            return new String(data, 2, data.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            return new String(data, GB18030);
        }
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
