package org.flutemail.interfaces.webmail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.flutemail.application.ComposeViews.Attachment;
import org.flutemail.application.ComposeViews.Composition;
import org.flutemail.application.ReadingViews.HeaderLine;
import org.flutemail.application.ReadingViews.MessageDisplay;
import org.junit.jupiter.api.Test;

class ReplyDraftsTest {

    private static MessageDisplay original(String subject, List<HeaderLine> headers) {
        return new MessageDisplay(7, "张三 <zhang@example.test>", "me@example.test, \"Doe, Jane\" <jane@example.test>",
                "ME@example.test, carol@example.test", subject, Instant.parse("2026-11-30T01:00:00Z"), 100,
                "第一行\n> earlier\nlast", null, List.of(), headers,
                "zhang@example.test");
    }

    private static final List<HeaderLine> THREAD = List.of(new HeaderLine("Message-ID", "<m2@example.test>"),
            new HeaderLine("References", "<m0@example.test>\r\n <m1@example.test>"));

    @Test
    void aReplyGoesToTheSenderQuotesTheTextAndContinuesTheThread() {
        Composition reply = ReplyDrafts.reply(original("季度报告", THREAD), "me@example.test", false, "张三 wrote:");

        assertThat(reply.to()).isEqualTo("张三 <zhang@example.test>");
        assertThat(reply.cc()).isEmpty();
        assertThat(reply.subject()).isEqualTo("Re: 季度报告");
        assertThat(reply.inReplyTo()).isEqualTo("<m2@example.test>");
        assertThat(reply.references()).isEqualTo("<m0@example.test> <m1@example.test> <m2@example.test>");
        assertThat(reply.plainText()).isEqualTo("\n\n张三 wrote:\n> 第一行\n>> earlier\n> last\n");
        assertThat(reply.html()).isNull();
    }

    @Test
    void replyToAllLeavesOneselfOutAndNamesEachAddressOnce() {
        Composition reply = ReplyDrafts.reply(original("Plan", THREAD), "me@example.test", true, "x");

        assertThat(reply.to()).isEqualTo("张三 <zhang@example.test>, \"Doe, Jane\" <jane@example.test>");
        assertThat(reply.cc()).isEqualTo("carol@example.test");
    }

    @Test
    void replyToHeaderWinsAndTheThreadStartsAtInReplyToWithoutReferences() {
        Composition reply = ReplyDrafts.reply(original("Plan", List.of(new HeaderLine("Reply-To", "list@example.test"),
                new HeaderLine("In-Reply-To", "<m1@example.test>"), new HeaderLine("Message-ID", "<m2@example.test>"))),
                "me@example.test", false, "x");

        assertThat(reply.to()).isEqualTo("list@example.test");
        assertThat(reply.references()).isEqualTo("<m1@example.test> <m2@example.test>");
    }

    @Test
    void rePrefixIsWrittenOnceInEitherLanguage() {
        assertThat(ReplyDrafts.reSubject("Re: Plan")).isEqualTo("Re: Plan");
        assertThat(ReplyDrafts.reSubject("RE:Plan")).isEqualTo("RE:Plan");
        assertThat(ReplyDrafts.reSubject("回复：计划")).isEqualTo("回复：计划");
        assertThat(ReplyDrafts.reSubject("Regarding")).isEqualTo("Re: Regarding");
        assertThat(ReplyDrafts.reSubject(null)).isEqualTo("Re: ");
    }

    @Test
    void forwardsCarryTheTextOrTheWholeMessage() {
        Attachment file = new Attachment("a.pdf", "application/pdf", new byte[] {1});
        Composition inline = ReplyDrafts.forward(original("Fwd: Plan", List.of()), "-- forwarded --", List.of(file));
        assertThat(inline.subject()).isEqualTo("Fwd: Plan");
        assertThat(inline.to()).isEmpty();
        assertThat(inline.plainText()).isEqualTo("\n\n-- forwarded --\n\n第一行\n> earlier\nlast");
        assertThat(inline.attachments()).containsExactly(file);

        Attachment eml = new Attachment("Plan.eml", "message/rfc822", new byte[] {2});
        Composition attached = ReplyDrafts.forwardAttached(original("Plan", List.of()), eml);
        assertThat(attached.subject()).isEqualTo("Fwd: Plan");
        assertThat(attached.attachments()).containsExactly(eml);
    }

    @Test
    void htmlBecomesLinesOfTextAndTextBecomesParagraphs() {
        assertThat(HtmlText.plain("<p>Hello <b>there</b></p><p>second<br>third</p><ul><li>a</li><li>b</li></ul>"))
                .isEqualTo("Hello there\nsecond\nthird\n- a\n- b");
        assertThat(HtmlText.html("a < b\n\n你好")).isEqualTo("<p>a &lt; b</p><p><br></p><p>你好</p>");
    }

    @Test
    void theSignatureGoesUnderItsSeparatorAboveTheQuote() {
        assertThat(ComposeScreen.withSignature("", "Li Lei\nSales")).isEqualTo("\n\n-- \nLi Lei\nSales");
        assertThat(ComposeScreen.withSignature("\n\nOn Monday, Bob wrote:\n> hi\n", "Li"))
                .isEqualTo("\n\n-- \nLi\n\nOn Monday, Bob wrote:\n> hi\n");
    }

    @Test
    void theAttachmentLimitIsFiftyMegabytesUnlessSet() {
        assertThat(AttachmentLimit.bytes(null)).isEqualTo(50L * 1024 * 1024);
        assertThat(AttachmentLimit.bytes("1000")).isEqualTo(1000);
        assertThat(AttachmentLimit.bytes("-1")).isEqualTo(50L * 1024 * 1024);
    }
}
