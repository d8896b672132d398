package org.flutemail.connector.api;

/**
 * What the SMTP receiver asks of the mail store. Implemented by a message-driven bean bound to the
 * Flute resource adapter.
 *
 * <p>{@link #accept} is delivered transacted: the adapter answers the client {@code 250} only after
 * the endpoint's container transaction has committed, and {@code 451} if the call throws or the
 * commit fails.
 */
public interface SmtpListener {

    /** Whether mail for {@code address} (an RFC 5321 forward-path without angle brackets) is taken here. */
    RecipientVerdict checkRecipient(String address);

    /**
     * Takes responsibility for a received message: stores its content durably, records its envelope
     * and queues it for processing, all in the caller's transaction.
     *
     * @return the queue id to report in the {@code 250} reply
     * @throws MessageRefusedException when the message must not be taken (the reply says why)
     */
    AcceptedMessage accept(InboundMessage message) throws MessageRefusedException;
}
