package org.flutemail.application.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a MIME part's bytes into text by its declared charset, widened to the superset that mail
 * programs really write: a "GB2312" or "GBK" label often covers GB18030 characters, a "Big5" label
 * Hong Kong characters. Without a usable label the bytes are read as the header reader reads them
 * (UTF-8 when valid, else GB18030).
 */
final class BodyCharsets {

    private static final Map<String, String> WIDER = Map.of(
            "gb2312", "GB18030",
            "gbk", "GB18030",
            "x-gbk", "GB18030",
            "cp936", "GB18030",
            "euc-cn", "GB18030",
            "big5", "Big5-HKSCS",
            "us-ascii", "UTF-8",
            "ascii", "UTF-8");

    private BodyCharsets() {
    }

    static String decode(byte[] bytes, String label) {
        Charset charset = charset(label);
        return charset == null ? MessageSummaryReader.decode(bytes) : new String(bytes, charset);
    }

    static Charset charset(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String name = label.strip().toLowerCase(Locale.ROOT);
        try {
            return Charset.forName(WIDER.getOrDefault(name, name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
