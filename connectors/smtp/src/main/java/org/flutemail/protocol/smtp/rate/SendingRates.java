package org.flutemail.protocol.smtp.rate;

import java.util.Optional;

/**
 * What an SMTP session asks about its sender's hourly rates. The account is the authenticated identity,
 * empty for a session without AUTH, which is counted by its client address instead. Checks come before
 * the command is accepted, counting only after a message's 250: a refused or abandoned message costs
 * the sender nothing.
 */
public interface SendingRates {

    /** No limits and no counting, for listeners and tests without rate limits. */
    SendingRates UNLIMITED = new SendingRates() {
        @Override
        public Optional<RateLimit> beforeMessage(String account, String clientAddress) {
            return Optional.empty();
        }

        @Override
        public Optional<RateLimit> beforeRecipient(String account, int recipientsSoFar) {
            return Optional.empty();
        }

        @Override
        public void accepted(String account, String clientAddress, int recipients) {
        }
    };

    /** At MAIL: the limit one more message would exceed, if any. */
    Optional<RateLimit> beforeMessage(String account, String clientAddress);

    /**
     * At RCPT: the limit one more recipient would exceed, if any.
     *
     * @param recipientsSoFar recipients already accepted in the open transaction, not yet counted
     */
    Optional<RateLimit> beforeRecipient(String account, int recipientsSoFar);

    /** After a message was accepted (its 250 sent). */
    void accepted(String account, String clientAddress, int recipients);
}
