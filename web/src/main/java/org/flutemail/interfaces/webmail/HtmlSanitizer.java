package org.flutemail.interfaces.webmail;

import java.util.Locale;
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
 * kept in {@code data-blocked-src} so the count can be shown.
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
            .addProtocols("img", "src", "http", "https", "data")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(false);

    private HtmlSanitizer() {
    }

    public static SafeHtml sanitize(String html, boolean remoteImagesAllowed) {
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
            if (source.toLowerCase(Locale.ROOT).startsWith("data:")) {
                if (!INLINE_IMAGE.matcher(source).matches()) {
                    image.removeAttr("src");
                }
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
}
