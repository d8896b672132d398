package org.flutemail.interfaces.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flutemail.domain.InvalidRequestException;
import org.junit.jupiter.api.Test;

class DisclaimerHtmlTest {

    @Test
    void keepsFormattingAndDropsWhatRuns() {
        assertThat(DisclaimerHtml.safe("<p style=\"color:gray\" onmouseover=\"x()\">仅供<b>收件人</b>"
                + "<script>steal()</script><iframe src=\"https://evil.test/\"></iframe></p>"))
                .isEqualTo("<p style=\"color:gray\">仅供<b>收件人</b></p>");
    }

    @Test
    void noHtmlMeansThePlainTextStandsForIt() {
        assertThat(DisclaimerHtml.safe(null)).isNull();
        assertThat(DisclaimerHtml.safe("  \n")).isNull();
    }

    @Test
    void htmlOfWhichNothingSurvivesIsRefused() {
        assertThatThrownBy(() -> DisclaimerHtml.safe("<script>alert(1)</script><form></form>"))
                .isInstanceOf(InvalidRequestException.class);
    }
}
