package org.flutemail.connector.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import org.flutemail.connector.api.InboundMessage;
import org.flutemail.connector.api.MessageContent;
import org.flutemail.connector.api.MessageRefusedException;
import org.flutemail.connector.api.RecipientVerdict;
import org.flutemail.connector.api.SessionInfo;
import org.junit.jupiter.api.Test;

class EndpointSmtpListenerTest {

    private static final SessionInfo SESSION =
            new SessionInfo("127.0.0.1", "c", "mx", "ESMTP", "", "", SessionInfo.Listener.MX);


    private final RecordingStore store = new RecordingStore();
    private final FakeEndpointFactory factory = new FakeEndpointFactory(store);
    private final EndpointSmtpListener listener = new EndpointSmtpListener(factory);

    private static InboundMessage message() {
        MessageContent content = new MessageContent() {
            @Override
            public long size() {
                return 3;
            }

            @Override
            public InputStream openStream() {
                return new ByteArrayInputStream("x\r\n".getBytes());
            }
        };
        return new InboundMessage(SESSION, "a@b",
                List.of("c@d"), content, Instant.now());
    }

    @Test
    void transactedAcceptCommitsBeforeReturning() throws Exception {
        assertThat(listener.accept(message()).queueId()).isEqualTo("M1");
        assertThat(factory.calls).containsExactly("create", "beforeDelivery", "accept", "afterDelivery", "release");
    }

    @Test
    void refusalStillEndsTheDeliveryAndReleases() {
        store.refusal = new MessageRefusedException("spam", true);
        assertThatThrownBy(() -> listener.accept(message())).isSameAs(store.refusal);
        assertThat(factory.calls).containsExactly("create", "beforeDelivery", "accept", "afterDelivery", "release");
    }

    @Test
    void beanFailureIsRethrownAfterTheDeliveryEnds() {
        store.failure = new IllegalStateException("database down");
        assertThatThrownBy(() -> listener.accept(message())).isSameAs(store.failure);
        assertThat(factory.calls).endsWith("afterDelivery", "release");
    }

    @Test
    void failedCommitIsADeliveryFailure() {
        factory.commitFails = true;
        assertThatThrownBy(() -> listener.accept(message())).isInstanceOf(DeliveryFailedException.class);
        assertThat(factory.calls).endsWith("afterDelivery", "release");
    }

    @Test
    void untransactedDeliveryHasNoBracket() throws Exception {
        factory.transacted = false;
        listener.accept(message());
        assertThat(factory.calls).containsExactly("create", "accept", "release");
    }

    @Test
    void recipientCheckUsesItsOwnEndpoint() {
        assertThat(listener.checkRecipient("unknown@x", 0, SESSION).kind()).isEqualTo(RecipientVerdict.Kind.UNKNOWN);
        assertThat(listener.checkRecipient("known@x", 0, SESSION).accepted()).isTrue();
        assertThat(factory.calls).containsExactly("create", "checkRecipient", "release",
                "create", "checkRecipient", "release");
    }

    @Test
    void noEndpointIsADeliveryFailure() {
        factory.unavailable = true;
        assertThatThrownBy(() -> listener.checkRecipient("a@b", 0, SESSION)).isInstanceOf(DeliveryFailedException.class);
        assertThatThrownBy(() -> listener.accept(message())).isInstanceOf(DeliveryFailedException.class);
    }
}
