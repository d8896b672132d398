package org.flutemail.interfaces.webmail;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StationeryTest {

    @ParameterizedTest
    @EnumSource(value = Stationery.class, names = "PLAIN", mode = EnumSource.Mode.EXCLUDE)
    void thePaperSurvivesTheReadersSanitiserWithItsColours(Stationery paper) {
        String sent = paper.wrap("<p>您好 <b>Li</b></p>");

        String shown = HtmlSanitizer.sanitize(sent, false).html();

        Element div = Jsoup.parseBodyFragment(shown).selectFirst("div");
        assertThat(div).isNotNull();
        assertThat(div.attr("style")).as("colours only, kept by the allow-list").contains("background-color:#")
                .doesNotContain("url(");
        assertThat(div.attr("class")).isEqualTo("fm-stationery-" + paper.name().toLowerCase());
        assertThat(div.selectFirst("b").text()).isEqualTo("Li");
    }

    @Test
    void plainPaperLeavesTheBodyAlone() {
        assertThat(Stationery.PLAIN.wrap("<p>x</p>")).isEqualTo("<p>x</p>");
    }

    @Test
    void aDraftOnPaperIsUnwrappedToItsTextAndPaper() {
        Stationery.Wrapped back = Stationery.unwrap(HtmlSanitizer.sanitize(Stationery.SKY.wrap("<p>one</p><p>two</p>"),
                true).html());

        assertThat(back.stationery()).isEqualTo(Stationery.SKY);
        assertThat(back.html()).isEqualTo("<p>one</p><p>two</p>");
        assertThat(Stationery.SKY.wrap(back.html())).as("sent again: wrapped once")
                .isEqualTo(Stationery.SKY.wrap("<p>one</p><p>two</p>"));
    }

    @Test
    void otherHtmlIsOnNoPaper() {
        assertThat(Stationery.unwrap("<div class=\"fm-stationery-unknown\">x</div>").stationery())
                .isEqualTo(Stationery.PLAIN);
        assertThat(Stationery.unwrap("<div class=\"fm-stationery-sky\">x</div><p>after</p>").stationery())
                .as("text outside the paper").isEqualTo(Stationery.PLAIN);
        assertThat(Stationery.unwrap(null).html()).isEmpty();
    }
}
