package org.flutemail.protocol.smtp.rate;

/** The hourly limits a sender can run into, each with the words of its temporary refusal. */
public enum RateLimit {

    /** Messages one authenticated account had accepted; checked at MAIL. */
    MESSAGES_PER_ACCOUNT("too many messages from this account in the last hour, try later"),
    /** Messages one client address had accepted without authentication; checked at MAIL. */
    MESSAGES_PER_CLIENT("too many messages from your address in the last hour, try later"),
    /** Recipients of messages one authenticated account had accepted; checked at each RCPT. */
    RECIPIENTS_PER_ACCOUNT("too many recipients from this account in the last hour, try later");

    private final String refusal;

    RateLimit(String refusal) {
        this.refusal = refusal;
    }

    /** The reply text after {@code 450 4.7.1}. */
    public String refusal() {
        return refusal;
    }
}
