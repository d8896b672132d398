package org.flutemail.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flutemail.it.support.TestMessages.SENDER;

import java.util.ArrayList;
import java.util.List;
import org.flutemail.it.support.TestMessages.RawMessage;

/** Fills an INBOX the way mail arrives: by SMTP, one message after the other, each awaited until stored. */
public final class InboxFixture {

    private InboxFixture() {
    }

    /** A simple message, a tricky one (lines starting with dots, long lines), another simple one. */
    public static List<RawMessage> threeMessages(String address) {
        return List.of(TestMessages.simple(address, "first"), TestMessages.tricky(address),
                TestMessages.simple(address, "third"));
    }

    /** Delivers the messages to {@code address} in order; returns them as stored, in the same order. */
    public static List<MessageSummary> deliver(FluteServer server, MailboxProbe probe, String address,
            List<RawMessage> messages) {
        PythonSmtp smtp = new PythonSmtp(server);
        List<MessageSummary> stored = new ArrayList<>();
        for (RawMessage message : messages) {
            assertThat(smtp.send(SENDER, List.of(address), message.bytes()).sent()).isTrue();
            stored.add(probe.awaitInInbox(address, message.messageId()));
        }
        return stored;
    }
}
