package org.flutemail.protocol.smtp.client.transport;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The extensions a server announced in its EHLO reply (RFC 5321 section 4.1.1.1): each line after the
 * first is a keyword with optional parameters. A HELO fallback has none.
 */
public final class Capabilities {

    /** What a server that only spoke HELO supports: nothing. */
    public static final Capabilities NONE = new Capabilities(Map.of());

    private final Map<String, String> keywords;

    private Capabilities(Map<String, String> keywords) {
        this.keywords = Map.copyOf(keywords);
    }

    public static Capabilities fromEhlo(RawReply reply) {
        Map<String, String> keywords = new HashMap<>();
        List<String> lines = reply.lines();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int space = trimmed.indexOf(' ');
            String keyword = (space < 0 ? trimmed : trimmed.substring(0, space)).toUpperCase(Locale.ROOT);
            keywords.putIfAbsent(keyword, space < 0 ? "" : trimmed.substring(space + 1).strip());
        }
        return new Capabilities(keywords);
    }

    public boolean has(String keyword) {
        return keywords.containsKey(keyword.toUpperCase(Locale.ROOT));
    }

    /** The SIZE limit (RFC 1870); empty when not announced or announced as 0 (no fixed limit). */
    public OptionalLong sizeLimit() {
        String value = keywords.get("SIZE");
        if (value == null || value.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            long limit = Long.parseLong(value);
            return limit > 0 ? OptionalLong.of(limit) : OptionalLong.empty();
        } catch (NumberFormatException ignored) {
            return OptionalLong.empty();
        }
    }

    /** The SASL mechanisms of AUTH (RFC 4954), upper case. */
    public Set<String> authMechanisms() {
        String value = keywords.get("AUTH");
        if (value == null) {
            return Set.of();
        }
        return List.of(value.split("\\s+")).stream()
                .filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String toString() {
        return keywords.keySet().toString();
    }
}
