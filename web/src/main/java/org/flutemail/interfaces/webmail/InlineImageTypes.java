package org.flutemail.interfaces.webmail;

import java.util.Locale;
import java.util.Set;

/**
 * The image types the webmail serves under their own type for a {@code cid:} reference: raster formats
 * only, which a browser decodes but never runs (unlike SVG, which may carry script).
 */
final class InlineImageTypes {

    private static final Set<String> RASTER = Set.of("image/png", "image/gif", "image/jpeg", "image/jpg",
            "image/webp", "image/bmp");

    private InlineImageTypes() {
    }

    static boolean isRaster(String contentType) {
        return contentType != null && RASTER.contains(contentType.strip().toLowerCase(Locale.ROOT));
    }
}
