package org.flutemail.interfaces.webmail;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Makes the HTML of a received message safe to show: an allow-list of formatting elements and
 * attributes (jsoup's {@link Cleaner}), so that anything not listed (script, iframe, object, embed,
 * form, svg, meta, base, link, every {@code on*} attribute) is dropped rather than recognised as bad.
 * Links may only be http, https or mailto; images http, https or an inline raster {@code data:}
 * image; style attributes survive only without anything that can load or run (expression, url,
 * import, behaviors, escapes). Remote images are blocked unless the reader allowed them: the address is
 * kept in {@code data-blocked-src} so the count can be shown. An image may also name a part of the
 * same message ({@code cid:}, RFC 2392): the caller says which content ids the message has and the
 * address the webmail serves each from; a {@code cid:} that names no part of the message is dropped.
 *
 * <p>The screen serves the result in a sandboxed frame without scripts and with a Content Security
 * Policy, so a gap here is not at once a hole; the test corpus checks this class alone.
 */
public final class HtmlSanitizer {

    /** What survived, and how many remote images were held back. */
    public record SafeHtml(String html, int blockedImages) {
    }

    private static final Pattern DANGEROUS_STYLE = Pattern.compile(
            "expression|javascript|vbscript|url\\s*\\(|@import|behavior|binding|\\\\|&#|/\\*", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_IMAGE = Pattern.compile(
            "data:image/(png|gif|jpe?g|webp|bmp);base64,[A-Za-z0-9+/=\\s]*", Pattern.CASE_INSENSITIVE);

    private static final Safelist ALLOWED = Safelist.relaxed()
            .addTags("font", "center", "hr", "s", "del", "ins", "abbr", "address", "big", "tt", "kbd", "mark",
                    "section", "article", "header", "footer", "figure", "figcaption")
            .addAttributes(":all", "style", "align", "dir", "lang", "title", "class")
            .addAttributes("font", "color", "face", "size")
            .addAttributes("table", "bgcolor", "border", "cellpadding", "cellspacing", "width", "height")
            .addAttributes("td", "bgcolor", "valign", "width", "height", "nowrap")
            .addAttributes("th", "bgcolor", "valign", "width", "height", "nowrap")
            .addAttributes("tr", "bgcolor", "valign")
            .addAttributes("div", "bgcolor")
            .addAttributes("hr", "size", "width", "color")
            .removeProtocols("img", "src", "http", "https")
            .addProtocols("img", "src", "http", "https", "data", "cid")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(false);

    private HtmlSanitizer() {
    }

    public static SafeHtml sanitize(String html, boolean remoteImagesAllowed) {
        return sanitize(html, remoteImagesAllowed, contentId -> null);
    }

    /**
     * @param inlineParts the address of the message's part with that Content-ID (without brackets), or
     *        null when the message has none
     */
    public static SafeHtml sanitize(String html, boolean remoteImagesAllowed, Function<String, String> inlineParts) {
        Document dirty = Jsoup.parse(html == null ? "" : html);
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        for (Element styled : clean.select("[style]")) {
            if (DANGEROUS_STYLE.matcher(styled.attr("style")).find()) {
                styled.removeAttr("style");
            }
        }
        int blocked = 0;
        for (Element image : clean.select("img")) {
            String source = image.attr("src").strip();
            String lower = source.toLowerCase(Locale.ROOT);
            if (lower.startsWith("data:")) {
                if (!INLINE_IMAGE.matcher(source).matches()) {
                    image.removeAttr("src");
                }
            } else if (lower.startsWith("cid:")) {
                inlinePart(image, source.substring(4), inlineParts);
            } else if (!source.isEmpty() && !remoteImagesAllowed) {
                image.removeAttr("src");
                image.attr("data-blocked-src", source);
                blocked++;
            }
        }
        for (Element link : clean.select("a[href]")) {
            link.attr("target", "_blank");
            link.attr("rel", "noopener noreferrer");
        }
        clean.outputSettings().prettyPrint(false);
        return new SafeHtml(clean.body().html(), blocked);
    }

    private static void inlinePart(Element image, String contentId, Function<String, String> inlineParts) {
        // cid URLs are %-encoded (RFC 2392); the header's id is not.
        String id;
        try {
            id = URLDecoder.decode(contentId.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            id = contentId;
        }
        String address = inlineParts.apply(id);
        if (address == null) {
            image.removeAttr("src");
        } else {
            image.attr("src", address);
        }
    }
}
