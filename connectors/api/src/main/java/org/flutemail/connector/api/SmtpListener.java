package org.flutemail.connector.api;

/**
 * What the SMTP receiver asks of the mail store. Implemented by a message-driven bean bound to the
 * Flute resource adapter. Every call carries the facts of the session it is made from, because the
 * answers depend on them: who has authenticated, from where, on which listener.
 *
 * <p>{@link #accept} is delivered transacted: the adapter answers the client {@code 250} only after
 * the endpoint's container transaction has committed, and {@code 451} if the call throws or the
 * commit fails.
 */
public interface SmtpListener {

    /**
     * Whether mail for {@code address} (an RFC 5321 forward-path without angle brackets) is taken in
     * this session: a local recipient always, another domain's only when the session may relay.
     *
     * @param declaredSize the {@code SIZE=} the client declared at MAIL FROM (RFC 1870), 0 when none:
     *                     a recipient whose limits it exceeds is refused before any data is sent
     */
    RecipientVerdict checkRecipient(String address, long declaredSize, SessionInfo session);

    /**
     * Whether this session may send as {@code reversePath} (empty for the null sender): on submission,
     * only addresses the authenticated account owns.
     */
    SenderVerdict checkSender(String reversePath, SessionInfo session);

    /** Checks a user name and password (SASL PLAIN and LOGIN). Never says whether the user exists. */
    AuthVerdict authenticate(String user, String password, SessionInfo session);

    /**
     * The SCRAM-SHA-256 server credentials of {@code user}, or null when there is no such active user
     * (the caller then runs the exchange with made-up credentials so that the reply does not reveal it).
     */
    ScramCredential scramCredential(String user);

    /**
     * Takes responsibility for a received message: stores its content durably, records its envelope
     * and queues it for processing, all in the caller's transaction.
     *
     * @return the queue id to report in the {@code 250} reply
     * @throws MessageRefusedException when the message must not be taken (the reply says why); the
     *         implementation has then rolled its transaction back
     */
    AcceptedMessage accept(InboundMessage message) throws MessageRefusedException;
}
