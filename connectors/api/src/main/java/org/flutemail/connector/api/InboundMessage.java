package org.flutemail.connector.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message the SMTP receiver has read completely: the envelope, the session it came in on, and its
 * content exactly as received after dot-unstuffing (CRLF line ends, no trace header added yet).
 *
 * @param reversePath the MAIL FROM address without angle brackets; empty for the null sender {@code <>}
 * @param recipients  accepted RCPT TO addresses, in order, without angle brackets
 * @param parameters  the transaction's ESMTP parameters; one recipient entry per recipient
 */
public record InboundMessage(
        SessionInfo session,
        String reversePath,
        List<String> recipients,
        MessageContent content,
        Instant receivedAt,
        EnvelopeParameters parameters) {

    public InboundMessage {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(reversePath, "reversePath");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(receivedAt, "receivedAt");
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a message needs at least one recipient");
        }
        parameters = parameters == null ? EnvelopeParameters.none(recipients.size()) : parameters;
        if (parameters.recipients().size() != recipients.size()) {
            throw new IllegalArgumentException("one set of recipient parameters per recipient");
        }
    }

    /** A message without ESMTP parameters. */
    public InboundMessage(SessionInfo session, String reversePath, List<String> recipients, MessageContent content,
            Instant receivedAt) {
        this(session, reversePath, recipients, content, receivedAt, null);
    }
}
