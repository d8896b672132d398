package org.flutemail.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A personal block or allow list: addresses ({@code boss@example.com}) and whole domains
 * ({@code example.com} or {@code @example.com}, which also covers its subdomains). Kept as text, one
 * entry a line, since it is only ever read whole.
 */
public final class SenderList {

    public static final int MAX_TEXT = 4000;
    public static final SenderList EMPTY = new SenderList(Set.of());

    private final Set<String> entries;

    private SenderList(Set<String> entries) {
        this.entries = entries;
    }

    /** @throws InvalidRequestException for an entry that is neither an address nor a domain */
    public static SenderList parse(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        Set<String> entries = new LinkedHashSet<>();
        for (String line : text.split("[\\s,;]+")) {
            String entry = line.strip().toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.startsWith("@")) {
                entry = entry.substring(1);
            }
            if (!entry.matches("([^@\\s]+@)?[\\p{L}\\p{N}.-]+\\.[\\p{L}\\p{N}-]+")) {
                throw new InvalidRequestException("not an address or a domain: " + line.strip());
            }
            entries.add(entry);
        }
        SenderList list = new SenderList(entries);
        if (list.text().length() > MAX_TEXT) {
            throw new InvalidRequestException("the list is longer than " + MAX_TEXT + " characters");
        }
        return list;
    }

    /** Whether any of {@code addresses} is on the list, by itself or by its domain. */
    public boolean matchesAny(List<String> addresses) {
        return addresses.stream().anyMatch(this::matches);
    }

    public boolean matches(String address) {
        if (address == null || address.isEmpty()) {
            return false;
        }
        String a = address.toLowerCase(Locale.ROOT);
        if (entries.contains(a)) {
            return true;
        }
        String domain = a.substring(a.lastIndexOf('@') + 1);
        for (String entry : entries) {
            if (!entry.contains("@") && (domain.equals(entry) || domain.endsWith("." + entry))) {
                return true;
            }
        }
        return false;
    }

    public List<String> entries() {
        return new ArrayList<>(entries);
    }

    /** One entry a line, as stored and as the settings screen shows it. */
    public String text() {
        return String.join("\n", entries);
    }
}
