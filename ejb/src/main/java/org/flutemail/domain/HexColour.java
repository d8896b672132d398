package org.flutemail.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A colour as {@code #rrggbb}, the only form a domain's branding accepts. The webmail writes it into a
 * style sheet, so anything that is not exactly seven characters of this shape is refused here, before it
 * is stored: no names, no {@code rgb()}, no short form, nothing that could close a declaration.
 */
public record HexColour(String value) {

    private static final Pattern SHAPE = Pattern.compile("#[0-9a-f]{6}");

    public HexColour {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidRequestException("a colour must be written #rrggbb, not '" + value + "'");
        }
    }

    /** The colour typed by an administrator: null or blank for none; any case. */
    public static HexColour parseOptional(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return new HexColour(text.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether text on this colour reads better dark than white: relative luminance (WCAG 2.1) above
     * the point where black and white give the same contrast.
     */
    public boolean wantsDarkText() {
        double l = 0.2126 * linear(1) + 0.7152 * linear(3) + 0.0722 * linear(5);
        return l > 0.179;
    }

    private double linear(int from) {
        double c = Integer.parseInt(value.substring(from, from + 2), 16) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Override
    public String toString() {
        return value;
    }
}
