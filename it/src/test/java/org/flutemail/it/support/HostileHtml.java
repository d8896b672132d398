package org.flutemail.it.support;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * HTML mail that tries to run script in the reader's browser. Every payload that runs sets
 * {@code top.__fluteScriptRan} (and its own window's), which the test reads after the message is
 * shown; each also carries a marker text, so the test knows the body has loaded.
 */
public final class HostileHtml {

    /** {@code charset}: the label in the MIME header; {@code html}: the body, in that charset. */
    public record Payload(String name, String charset, String html) {

        public String marker() {
            return "marker-" + name;
        }

        /** The body's octets: the GB2312 case keeps its raw lead byte, the rest are UTF-8 (or ASCII). */
        public byte[] bytes() {
            return html.getBytes(charset.equals("gb2312") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        }
    }

    private static final String RUN = "top.__fluteScriptRan='%1$s';window.__fluteScriptRan='%1$s'";

    private HostileHtml() {
    }

    public static List<Payload> corpus() {
        return List.of(
                payload("script", "<script>" + run("script") + "</script>"),
                payload("img-onerror", "<img src=\"x\" onerror=\"" + run("img-onerror") + "\">"),
                payload("body-onload", "<body onload=\"" + run("body-onload") + "\">"),
                payload("svg-script", "<svg><script>" + run("svg-script") + "</script></svg>"
                        + "<svg onload=\"" + run("svg-onload") + "\"></svg>"),
                payload("iframe-data", "<iframe src=\"data:text/html,<script>parent." + run("iframe-data")
                        + "</script>\"></iframe>"),
                payload("iframe-srcdoc", "<iframe srcdoc=\"&lt;script&gt;" + run("iframe-srcdoc")
                        + "&lt;/script&gt;\"></iframe>"),
                payload("object-embed", "<object data=\"data:text/html,<script>" + run("object") + "</script>\">"
                        + "</object><embed src=\"data:text/html,<script>" + run("embed") + "</script>\">"),
                payload("form-autofocus", "<form action=\"javascript:" + run("form") + "\"><input autofocus "
                        + "onfocus=\"" + run("form-onfocus") + "\"><button>go</button></form>"),
                payload("javascript-link", "<a id=\"evil\" href=\"javascript:" + run("javascript-link")
                        + "\">click me</a>"),
                payload("details-ontoggle", "<details open ontoggle=\"" + run("details-ontoggle")
                        + "\"><summary>s</summary></details>"),
                payload("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:"
                        + run("meta-refresh") + "\">"),
                payload("css-expression", "<div style=\"width:expression(" + run("css-expression")
                        + ");background:url(javascript:" + run("css-url") + ")\">styled</div>"
                        + "<style>body{background:url('javascript:" + run("style") + "')}</style>"),
                payload("mxss-comment", "<!--<img src=\"--><img src=x onerror=\"" + run("mxss-comment") + "\"//\">"),
                payload("noscript", "<noscript><p title=\"</noscript><img src=x onerror=" + run("noscript")
                        + ">\"></noscript>"),
                // Labelled US-ASCII but written in UTF-7: a browser that sniffed UTF-7 would see a script.
                new Payload("utf7", "us-ascii", "<p>marker-utf7</p>+ADw-script+AD4-" + run("utf7")
                        + "+ADw-/script+AD4-"),
                // Labelled GB2312 with a lead byte right before the tag, to make a decoder swallow '<'.
                new Payload("gb2312-lead-byte", "gb2312", "<p>marker-gb2312-lead-byte</p>\u00a1<script>"
                        + run("gb2312-lead-byte") + "</script>"));
    }

    private static Payload payload(String name, String html) {
        return new Payload(name, "utf-8", "<p>marker-" + name + "</p>" + html);
    }

    private static String run(String name) {
        return String.format(RUN, name);
    }
}
