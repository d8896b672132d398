package org.flutemail.interfaces.admin;

import org.flutemail.domain.InvalidRequestException;
import org.flutemail.interfaces.webmail.HtmlSanitizer;

/**
 * The HTML of a domain's disclaimer as an administrator typed it, made safe by the webmail's
 * {@link HtmlSanitizer} before it is stored: it goes into every message the domain sends, so a script
 * or a form in it would reach every recipient. Remote images (a logo) are kept; what the sanitiser drops
 * is dropped silently, but HTML of which nothing survives is refused rather than stored empty.
 */
public final class DisclaimerHtml {

    private DisclaimerHtml() {
    }

    /** The safe HTML, or null for none (the plain text then stands for HTML too). */
    public static String safe(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = HtmlSanitizer.sanitize(html, true).html().strip();
        if (clean.isEmpty()) {
            throw new InvalidRequestException("nothing of the HTML is allowed in mail; give text or formatting");
        }
        return clean;
    }
}
