package org.flutemail.interfaces.webmail;

import org.flutemail.application.BrandingService.DomainLook;
import org.flutemail.domain.HexColour;

/**
 * The style rule that lays a domain's own colours over its theme. Each colour is parsed again as a
 * {@link HexColour} on the way out, so only {@code #rrggbb} can ever reach the page, whatever is in the
 * database. {@code :root:root} outranks the theme's {@code :root} wherever the sheets end up in the head.
 */
final class LookStyle {

    private LookStyle() {
    }

    static String of(DomainLook look) {
        if (look == null) {
            return "";
        }
        HexColour primary = HexColour.parseOptional(look.primaryColour());
        HexColour accent = HexColour.parseOptional(look.accentColour());
        if (primary == null && accent == null) {
            return "";
        }
        StringBuilder css = new StringBuilder(":root:root{");
        if (primary != null) {
            css.append("--fm-primary:").append(primary.value()).append(';')
                    .append("--fm-on-primary:").append(primary.wantsDarkText() ? "#1f2933" : "#ffffff").append(';');
        }
        if (accent != null) {
            css.append("--fm-accent:").append(accent.value()).append(';');
        }
        return css.append('}').toString();
    }
}
