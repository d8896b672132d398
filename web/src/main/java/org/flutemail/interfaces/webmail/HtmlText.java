package org.flutemail.interfaces.webmail;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Conversions between the rich-text editor's HTML and plain text: the plain-text twin sent with
 * every rich-text message, text quoted from an HTML message, and plain text shown in the editor.
 */
final class HtmlText {

    private HtmlText() {
    }

    /** The text of an HTML fragment, with a line break for each paragraph, line break and list item. */
    static String plain(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parse(html);
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode) {
                    out.append(((TextNode) node).text());
                } else if (node instanceof Element && ((Element) node).normalName().equals("br")) {
                    out.append('\n');
                } else if (node instanceof Element && ((Element) node).normalName().equals("li")) {
                    newLine(out);
                    out.append("- ");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element && ((Element) node).isBlock()) {
                    newLine(out);
                }
            }
        }, doc.body());
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static void newLine(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    /** Plain text as editor HTML: escaped, one paragraph per line. */
    static String html(String plain) {
        StringBuilder out = new StringBuilder();
        for (String line : (plain == null ? "" : plain).split("\n", -1)) {
            out.append("<p>").append(line.isEmpty() ? "<br>" : Entities.escape(line)).append("</p>");
        }
        return out.toString();
    }
}
