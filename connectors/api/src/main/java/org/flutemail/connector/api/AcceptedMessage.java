package org.flutemail.connector.api;

import java.util.Objects;

/** The store's receipt for a message it has taken: the id the client sees in {@code 250 2.0.0 Ok: queued as …}. */
public record AcceptedMessage(String queueId) {
    public AcceptedMessage {
        Objects.requireNonNull(queueId, "queueId");
    }
}
