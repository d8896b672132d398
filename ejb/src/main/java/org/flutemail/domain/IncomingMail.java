package org.flutemail.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An arriving message as a recipient's settings see it: the envelope, the addresses of its From, To
 * and Cc headers, and every header field decoded to Unicode (by lower-case name, in order).
 *
 * @param envelopeSender MAIL FROM, empty for the null sender
 * @param recipient      the local account it is being delivered to
 * @param size           octets
 */
public record IncomingMail(String envelopeSender, String recipient, List<String> from, List<String> toAndCc,
        Map<String, List<String>> headers, long size) {

    public IncomingMail {
        from = List.copyOf(from);
        toAndCc = List.copyOf(toAndCc);
        headers = Map.copyOf(headers);
    }

    /** The decoded values of a header field (any case of its name); empty when absent. */
    public List<String> header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    public boolean has(String name) {
        return !header(name).isEmpty();
    }

    public String subject() {
        List<String> subject = header("subject");
        return subject.isEmpty() ? "" : subject.get(0);
    }

    /** Whether any header field's name starts with {@code prefix} (any case), such as {@code List-}. */
    public boolean hasHeaderStartingWith(String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        return headers.keySet().stream().anyMatch(name -> name.startsWith(p));
    }
}
