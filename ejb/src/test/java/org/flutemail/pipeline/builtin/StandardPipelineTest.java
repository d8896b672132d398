package org.flutemail.pipeline.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flutemail.pipeline.FakeMailetContext.mail;

import org.flutemail.pipeline.FakeMailetContext;
import org.flutemail.pipeline.FakeMailetContext.Stored;
import org.junit.jupiter.api.Test;

class StandardPipelineTest {

    @Test
    void localRecipientsGetTheMailInTheirInboxWithAReceivedHeader() {
        FakeMailetContext context = new FakeMailetContext().account("alice@example.test");
        StandardPipeline.create().run(mail("alice@example.test"), context);
        assertThat(context.stored).singleElement().satisfies(s -> {
            assertThat(s.recipient()).isEqualTo("alice@example.test");
            assertThat(s.mailbox()).isEqualTo("INBOX");
            assertThat(s.prefix()).isEqualTo("Authentication-Results: mx.example.test;\r\n"
                    + "\tspf=none smtp.mailfrom=sender@remote.test;\r\n\tdkim=none\r\n"
                    + "Received: from client.remote.test ([192.0.2.7])\r\n"
                    + "\tby mx.example.test (Flute Mail) with ESMTP id Q1\r\n"
                    + "\tfor <alice@example.test>;\r\n"
                    + "\tSun, 29 Nov 2026 11:59:58 +0000\r\n");
        });
        assertThat(context.failures).isEmpty();
    }

    @Test
    void withSeveralRecipientsTheReceivedHeaderNamesNone() {
        FakeMailetContext context = new FakeMailetContext().account("a@example.test", "b@example.test");
        StandardPipeline.create().run(mail("a@example.test", "b@example.test"), context);
        assertThat(context.stored).extracting(Stored::recipient).containsExactly("a@example.test", "b@example.test");
        assertThat(context.stored).allSatisfy(s -> assertThat(s.prefix()).doesNotContain("for <"));
    }

    @Test
    void aliasesAreResolvedRecursivelyAndEachPersonGetsOneCopy() {
        FakeMailetContext context = new FakeMailetContext()
                .account("alice@example.test", "bob@example.test")
                .alias("sales@example.test", "alice@example.test", "team@example.test")
                .alias("team@example.test", "bob@example.test", "alice@example.test");
        StandardPipeline.create().run(mail("sales@example.test", "bob@example.test"), context);
        assertThat(context.stored).extracting(Stored::recipient)
                .containsExactlyInAnyOrder("alice@example.test", "bob@example.test");
        assertThat(context.failures).isEmpty();
    }

    @Test
    void aListTakesItsOwnCopyAndTheOtherRecipientsAreDeliveredAsUsual() {
        FakeMailetContext context = new FakeMailetContext()
                .account("alice@example.test")
                .list("team@example.test")
                .alias("all@example.test", "team@example.test");
        StandardPipeline.create().run(mail("team@example.test", "alice@example.test", "all@example.test"), context);
        assertThat(context.posted).containsExactly("team@example.test: team@example.test");
        assertThat(context.stored).extracting(Stored::recipient).containsExactly("alice@example.test");
        assertThat(context.failures).isEmpty();
        assertThat(context.sentRemote).isEmpty();
    }

    @Test
    void anAliasLoopGoesToTheErrorProcessorAndIsRecorded() {
        FakeMailetContext context = new FakeMailetContext()
                .alias("a@example.test", "b@example.test")
                .alias("b@example.test", "a@example.test");
        StandardPipeline.create().run(mail("a@example.test"), context);
        assertThat(context.stored).isEmpty();
        assertThat(context.failures).singleElement().asString().startsWith("a@example.test: 5.4.6 ")
                .contains("loops");
    }

    @Test
    void recipientsWithoutAMailboxAnyMoreAreRecordedAsFailedWhileOthersAreDelivered() {
        FakeMailetContext context = new FakeMailetContext().account("alice@example.test")
                .alias("old@example.test", "gone@example.test");
        StandardPipeline.create().run(mail("alice@example.test", "old@example.test"), context);
        assertThat(context.stored).extracting(Stored::recipient).containsExactly("alice@example.test");
        assertThat(context.failures).singleElement().asString().startsWith("gone@example.test: 5.1.1 ");
    }

    @Test
    void aFullMailboxFailsItsOwnRecipientAloneWhicheverComesFirst() {
        FakeMailetContext context = new FakeMailetContext().fullMailbox("full@example.test")
                .account("alice@example.test", "bob@example.test");
        StandardPipeline.create().run(mail("alice@example.test", "full@example.test", "bob@example.test"), context);
        assertThat(context.stored).extracting(Stored::recipient).containsExactly("alice@example.test", "bob@example.test");
        assertThat(context.failures).containsExactly(
                "full@example.test: 5.2.2 store in INBOX: mailbox full@example.test is full");
    }

    @Test
    void recipientsInOtherDomainsGoToRemoteDeliveryAndLocalOnesToTheirInbox() {
        FakeMailetContext context = new FakeMailetContext().account("alice@example.test");
        StandardPipeline.create().run(mail("alice@example.test", "carol@remote.test", "dave@other.test"), context);
        assertThat(context.stored).extracting(Stored::recipient).containsExactly("alice@example.test");
        assertThat(context.sentRemote).containsExactly(java.util.List.of("carol@remote.test", "dave@other.test"));
        assertThat(context.failures).isEmpty();
    }

    @Test
    void clientSuppliedTextCannotBreakTheTraceHeader() {
        assertThat(AddReceivedHeader.printable("evil\r\nBcc: x@y (z)")).isEqualTo("evil__Bcc:_x@y__z_");
    }
}
