package org.flutemail.pipeline.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.flutemail.pipeline.FakeMailetContext;
import org.flutemail.pipeline.Mail;
import org.junit.jupiter.api.Test;

/** Mail collected from an outside mailbox runs the stock pipeline too, with two differences. */
class CollectedMailPipelineTest {

    private final FakeMailetContext context = new FakeMailetContext().account("bob@example.test");

    @Test
    void itIsStoredInTheTargetFolderWithATraceHeaderNamingTheProtocolAndTheServer() {
        Mail mail = collected("POP3");
        mail.setAttribute(LocalDelivery.TARGET_FOLDER, "From outside");

        StandardPipeline.create().run(mail, context);

        assertThat(context.stored).hasSize(1);
        FakeMailetContext.Stored stored = context.stored.get(0);
        assertThat(stored.mailbox()).isEqualTo("From outside");
        assertThat(stored.prefix()).startsWith("Received: from pop.outside.test ([198.51.100.4])\r\n"
                + "\tby mx.example.test (Flute Mail) with POP3 id Q1\r\n\tfor <bob@example.test>;");
    }

    @Test
    void itGetsNoSpfOrDkimVerdictSinceItsClientIsTheMailboxServerNotTheSender() {
        StandardPipeline.create().run(collected("IMAP"), context);

        assertThat(context.stored).singleElement()
                .satisfies(s -> assertThat(s.prefix()).doesNotContain("Authentication-Results"));
    }

    @Test
    void smtpMailFromAnotherServerStillGetsItsVerdictAndGoesToInbox() {
        StandardPipeline.create().run(FakeMailetContext.mail("bob@example.test"), context);

        assertThat(context.stored).singleElement().satisfies(s -> {
            assertThat(s.mailbox()).isEqualTo("INBOX");
            assertThat(s.prefix()).startsWith("Authentication-Results: mx.example.test;");
        });
    }

    private static Mail collected(String protocol) {
        return new Mail("Q1", "", List.of("bob@example.test"),
                new Mail.Trace("198.51.100.4", "pop.outside.test", "mx.example.test", protocol, "", "",
                        Instant.parse("2026-11-29T11:59:58Z")),
                "0".repeat(64), 1234);
    }
}
