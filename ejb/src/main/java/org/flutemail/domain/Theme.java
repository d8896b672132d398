package org.flutemail.domain;

import java.util.Arrays;
import java.util.Locale;

/**
 * The ready-made looks a domain chooses from. Each is a small style sheet of custom properties served
 * by the web module ({@code resources/webmail/themes/<name>.css}); {@link #CLASSIC} is the stock look.
 */
public enum Theme {
    CLASSIC, OCEAN, FOREST, SUNSET, GRAPHITE;

    /** The name in the API and the style sheet's file name. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A theme by its name; null or blank is the stock look. */
    public static Theme byId(String id) {
        if (id == null || id.isBlank()) {
            return CLASSIC;
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.id().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("no theme '" + id + "'; the themes are "
                        + Arrays.stream(values()).map(Theme::id).toList()));
    }
}
