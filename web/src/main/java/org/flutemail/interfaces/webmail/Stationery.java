package org.flutemail.interfaces.webmail;

import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Coloured letter paper for HTML mail. The paper is a wrapping {@code div} with inline styles of
 * colours and borders only: other mail programs drop style sheets and block background images, and our
 * own {@link HtmlSanitizer} removes any {@code url(...)}, so plain inline colours are what every reader
 * sees. The class names the paper, so a draft reopened in compose shows the paper chosen and its text
 * without the wrapper (it is wrapped again when sent, never twice).
 */
public enum Stationery {

    PLAIN(null),
    PAPER("background-color:#fbf5e6;color:#3b3222;border:1px solid #e3d5b5;border-left:6px solid #d8b878"),
    SKY("background-color:#eef6fd;color:#1d3550;border:1px solid #bcd7f0;border-top:6px solid #5b9bd5"),
    SPRING("background-color:#f0f9ec;color:#24401d;border:1px solid #c5e3b8;border-top:6px solid #7dbb5f"),
    FESTIVE("background-color:#fff4f0;color:#5a1a12;border:2px solid #d6452f;border-top:8px double #d6452f");

    private static final String CLASS_PREFIX = "fm-stationery-";
    private static final String COMMON = ";padding:18px 22px;border-radius:6px;"
            + "font-family:Georgia,'Songti SC','SimSun',serif;line-height:1.6";

    private final String colours;

    Stationery(String colours) {
        this.colours = colours;
    }

    /** The key of its name in the bundles ({@code stationery.paper}). */
    public String key() {
        return "stationery." + name().toLowerCase(Locale.ROOT);
    }

    /** The paper's inline style, also shown around the editor while composing; empty for {@link #PLAIN}. */
    public String style() {
        return colours == null ? "" : colours + COMMON;
    }

    /** The HTML body on this paper; {@link #PLAIN} leaves it as it is. */
    public String wrap(String html) {
        if (colours == null) {
            return html;
        }
        return "<div class=\"" + CLASS_PREFIX + name().toLowerCase(Locale.ROOT) + "\" style=\"" + style() + "\">"
                + html + "</div>";
    }

    /** The paper of a body made by {@link #wrap} and the text inside it; a body on no paper is PLAIN. */
    public static Wrapped unwrap(String html) {
        Document document = Jsoup.parseBodyFragment(html == null ? "" : html);
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        if (body.childrenSize() == 1 && body.textNodes().stream().allMatch(TextNode::isBlank)) {
            Element only = body.child(0);
            Optional<Stationery> paper = only.classNames().stream().filter(c -> c.startsWith(CLASS_PREFIX))
                    .map(c -> c.substring(CLASS_PREFIX.length()).toUpperCase(Locale.ROOT))
                    .filter(Stationery::known).map(Stationery::valueOf).findFirst();
            if (only.tagName().equals("div") && paper.isPresent()) {
                return new Wrapped(paper.get(), only.html());
            }
        }
        return new Wrapped(PLAIN, html == null ? "" : html);
    }

    private static boolean known(String name) {
        for (Stationery s : values()) {
            if (s.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A body taken off its paper. */
    public record Wrapped(Stationery stationery, String html) {
    }
}
