package org.flutemail.disclaimer;

import java.util.Objects;

/**
 * The text a domain adds to the mail its accounts send: plain text for text/plain bodies and HTML for
 * text/html ones. Without HTML of its own, the HTML bodies get the plain text escaped, its line breaks
 * as {@code <br>}, so both alternatives of a message say the same thing.
 */
public record Disclaimer(String plain, String html) {

    public Disclaimer {
        Objects.requireNonNull(plain);
        Objects.requireNonNull(html);
    }

    /** @param html null or blank for the escaped plain text */
    public static Disclaimer of(String plain, String html) {
        return new Disclaimer(plain, html == null || html.isBlank() ? escaped(plain) : html);
    }

    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append("<br>\r\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
