package org.flutemail.pipeline.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.flutemail.pipeline.FakeMailetContext.mail;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.flutemail.pipeline.FakeMailetContext;
import org.flutemail.pipeline.FakeMailetContext.Stored;
import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.PersonalDisposition;
import org.junit.jupiter.api.Test;

/** Each recipient's own settings decide their own copy; the others are delivered as before. */
class ApplyPersonalSettingsTest {

    @Test
    void eachRecipientGetsTheFolderAndFlagsTheirSettingsChoose() {
        FakeMailetContext context = new FakeMailetContext().account("a@example.test", "b@example.test",
                "c@example.test");
        context.personal.put("a@example.test", new PersonalDisposition("Invoices", Set.of("\\Seen")));
        context.personal.put("b@example.test", new PersonalDisposition(null, Set.of()));
        StandardPipeline.create().run(mail("a@example.test", "b@example.test", "c@example.test"), context);

        assertThat(context.stored).extracting(Stored::recipient, Stored::mailbox)
                .containsExactlyInAnyOrder(tuple("a@example.test", "Invoices"),
                        tuple("c@example.test", "INBOX"));
        int a = context.stored.stream().map(Stored::recipient).toList().indexOf("a@example.test");
        int c = context.stored.stream().map(Stored::recipient).toList().indexOf("c@example.test");
        assertThat(context.storedFlags.get(a)).containsExactly("\\Seen");
        assertThat(context.storedFlags.get(c)).isEmpty();
        assertThat(context.failures).isEmpty();
    }

    @Test
    void collectedMailKeepsTheFolderOfItsFetchAccount() {
        FakeMailetContext context = new FakeMailetContext().account("a@example.test");
        context.personal.put("a@example.test", new PersonalDisposition("Invoices", Set.of()));
        Mail collected = new Mail("Q2", "x@remote.test", List.of("a@example.test"),
                new Mail.Trace("192.0.2.9", "pop.remote.test", "mx.example.test", "POP3", "", "",
                        Instant.EPOCH), "0".repeat(64), 10);
        StandardPipeline.create().run(collected, context);
        assertThat(context.stored).extracting(Stored::mailbox).containsExactly("INBOX");
    }
}
