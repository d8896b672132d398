package org.flutemail.protocol.smtp.client.dsn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.flutemail.protocol.smtp.client.DeliveryStatus;
import org.flutemail.protocol.smtp.client.MessageContent;
import org.flutemail.protocol.smtp.client.Recipient;
import org.flutemail.protocol.smtp.client.RecipientResult;
import org.flutemail.protocol.smtp.client.ReturnContent;
import org.flutemail.protocol.smtp.client.ReversePath;
import org.flutemail.protocol.smtp.client.SmtpReply;
import org.junit.jupiter.api.Test;

/** Bounces parsed back with Jakarta Mail, field by field. */
class BounceMessageBuilderTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");
    private static final String ORIGINAL = "From: alice@flute.test\r\nTo: bob@example.test\r\nSubject: Quarterly figures\r\n"
            + "Message-ID: <orig-1@flute.test>\r\n\r\nThe body line.\r\n";

    private final BounceMessageBuilder builder = new BounceMessageBuilder("mx.flute.test", BounceTexts.ENGLISH,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void failureReportCarriesEveryFieldAndTheWholeOriginal() throws Exception {
        OriginalEnvelope envelope = OriginalEnvelope.forBounce(ReversePath.of("alice@flute.test"), "queue-42",
                ReturnContent.FULL, NOW.minusSeconds(3600)).orElseThrow();
        RecipientResult refused = new RecipientResult(new Recipient("bob@example.test", null, "robert@example.test"),
                DeliveryStatus.PERMANENT_FAILURE, new SmtpReply(550, "5.1.1", "User unknown"), "mx1.example.test");

        MimeMessage bounce = parse(builder.build(envelope,
                List.of(RecipientReport.of(refused, DsnAction.FAILED, NOW, null)), content(ORIGINAL)));

        assertThat(bounce.getHeader("From", null)).isEqualTo("Mail Delivery System <MAILER-DAEMON@mx.flute.test>");
        assertThat(bounce.getHeader("To", null)).isEqualTo("<alice@flute.test>");
        assertThat(bounce.getSubject()).isEqualTo("Undelivered Mail Returned to Sender");
        assertThat(bounce.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(bounce.getSentDate().toInstant()).isEqualTo(NOW);
        ContentType type = new ContentType(bounce.getContentType());
        assertThat(type.getBaseType()).isEqualTo("multipart/report");
        assertThat(type.getParameter("report-type")).isEqualTo("delivery-status");

        MimeMultipart parts = (MimeMultipart) bounce.getContent();
        assertThat(parts.getCount()).isEqualTo(3);
        assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat((String) parts.getBodyPart(0).getContent()).contains("<bob@example.test>: 550 5.1.1 User unknown");

        BodyPart status = parts.getBodyPart(1);
        assertThat(status.isMimeType("message/delivery-status")).isTrue();
        try (InputStream in = status.getInputStream()) {
            InternetHeaders perMessage = new InternetHeaders(in);
            InternetHeaders perRecipient = new InternetHeaders(in);
            assertThat(perMessage.getHeader("Reporting-MTA", null)).isEqualTo("dns; mx.flute.test");
            assertThat(perMessage.getHeader("Original-Envelope-Id", null)).isEqualTo("queue-42");
            assertThat(perMessage.getHeader("Arrival-Date", null)).isEqualTo("Sat, 1 Mar 2025 09:15:30 +0000");
            assertThat(perRecipient.getHeader("Final-Recipient", null)).isEqualTo("rfc822; bob@example.test");
            assertThat(perRecipient.getHeader("Original-Recipient", null)).isEqualTo("rfc822; robert@example.test");
            assertThat(perRecipient.getHeader("Action", null)).isEqualTo("failed");
            assertThat(perRecipient.getHeader("Status", null)).isEqualTo("5.1.1");
            assertThat(perRecipient.getHeader("Remote-MTA", null)).isEqualTo("dns; mx1.example.test");
            assertThat(perRecipient.getHeader("Diagnostic-Code", null)).isEqualTo("smtp; 550 5.1.1 User unknown");
            assertThat(perRecipient.getHeader("Last-Attempt-Date", null)).isEqualTo("Sat, 1 Mar 2025 10:15:30 +0000");
            assertThat(perRecipient.getHeader("Will-Retry-Until")).isNull();
        }

        BodyPart returned = parts.getBodyPart(2);
        assertThat(returned.isMimeType("message/rfc822")).isTrue();
        MimeMessage original = (MimeMessage) returned.getContent();
        assertThat(original.getSubject()).isEqualTo("Quarterly figures");
        assertThat(((String) original.getContent()).strip()).isEqualTo("The body line.");
    }

    @Test
    void delayReportWithHeadersOnlySaysUntilWhenItRetries() throws Exception {
        OriginalEnvelope envelope = OriginalEnvelope.forBounce(ReversePath.of("alice@flute.test"), null,
                ReturnContent.HDRS, null).orElseThrow();
        RecipientResult later = new RecipientResult(Recipient.of("bob@example.test"), DeliveryStatus.TEMPORARY_FAILURE,
                new SmtpReply(451, "4.4.1", "cannot connect to mx1.example.test"), null);
        Instant until = NOW.plusSeconds(5 * 86400);

        MimeMessage bounce = parse(builder.build(envelope,
                List.of(RecipientReport.of(later, DsnAction.DELAYED, NOW, until)), content(ORIGINAL)));

        assertThat(bounce.getSubject()).isEqualTo("Delayed Mail (still being retried)");
        MimeMultipart parts = (MimeMultipart) bounce.getContent();
        try (InputStream in = parts.getBodyPart(1).getInputStream()) {
            new InternetHeaders(in);
            InternetHeaders perRecipient = new InternetHeaders(in);
            assertThat(perRecipient.getHeader("Action", null)).isEqualTo("delayed");
            assertThat(perRecipient.getHeader("Status", null)).isEqualTo("4.4.1");
            assertThat(perRecipient.getHeader("Diagnostic-Code")).as("no server answered").isNull();
            assertThat(perRecipient.getHeader("Remote-MTA")).isNull();
            assertThat(perRecipient.getHeader("Will-Retry-Until", null)).isEqualTo("Thu, 6 Mar 2025 10:15:30 +0000");
        }
        BodyPart headers = parts.getBodyPart(2);
        assertThat(headers.isMimeType("text/rfc822-headers")).isTrue();
        String returned = new String(headers.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(returned).contains("Subject: Quarterly figures").doesNotContain("The body line.");
    }

    @Test
    void theNullReversePathGetsNoBounce() {
        assertThat(OriginalEnvelope.forBounce(ReversePath.NULL, null, null, null)).isEmpty();
        assertThatThrownBy(() -> new OriginalEnvelope("<>", null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OriginalEnvelope("", null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hostileReplyTextCannotAddFields() throws Exception {
        OriginalEnvelope envelope = new OriginalEnvelope("alice@flute.test", null, null, null);
        RecipientReport report = new RecipientReport("bob@example.test", null, DsnAction.FAILED, "5.0.0",
                "smtp; 550 no\r\nAction: delivered", "mx1.example.test", NOW, null, "550 no\r\nAction: delivered");

        MimeMessage bounce = parse(builder.build(envelope, List.of(report), content(ORIGINAL)));

        try (InputStream in = ((MimeMultipart) bounce.getContent()).getBodyPart(1).getInputStream()) {
            new InternetHeaders(in);
            assertThat(new InternetHeaders(in).getHeader("Action")).containsExactly("failed");
        }
    }

    private static MessageContent content(String text) {
        return MessageContent.ofBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MimeMessage parse(byte[] bytes) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    }
}
