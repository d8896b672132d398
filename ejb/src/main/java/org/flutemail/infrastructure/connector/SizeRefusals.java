package org.flutemail.infrastructure.connector;

import java.util.List;
import java.util.Optional;
import org.flutemail.application.MailEvents;
import org.flutemail.application.MessageSizeLimits;
import org.flutemail.connector.api.InboundMessage;
import org.flutemail.connector.api.MessageRefusedException;
import org.flutemail.connector.api.RecipientVerdict;
import org.flutemail.connector.api.SessionInfo;

/**
 * Refuses a message larger than its sender's class of service or a recipient domain allows: at RCPT
 * when the client declared its size at MAIL FROM (RFC 1870 {@code SIZE=}), so it need not send the
 * data at all, and after DATA, before anything is written, on the size actually received. Permanent:
 * sending it again will not make it smaller.
 */
final class SizeRefusals {

    private SizeRefusals() {
    }

    /** The verdict on one accepted recipient of a message declared {@code declaredSize} octets long. */
    static RecipientVerdict declaredVerdict(MessageSizeLimits limits, String recipient, long declaredSize,
            SessionInfo session) {
        return limits.exceeded(submitter(session), List.of(recipient), declaredSize)
                .map(why -> RecipientVerdict.of(RecipientVerdict.Kind.TOO_BIG, why))
                .orElseGet(RecipientVerdict::accept);
    }

    static void refuseOversized(MessageSizeLimits limits, MailEvents events, InboundMessage message)
            throws MessageRefusedException {
        Optional<String> exceeded = limits.exceeded(submitter(message.session()), message.recipients(),
                message.content().size());
        if (exceeded.isPresent()) {
            events.rejected(message.session().clientAddress(), message.session().authenticatedUser(), null,
                    "message too large");
            throw new MessageRefusedException(exceeded.get(), true);
        }
    }

    /** The account whose class of service limits the message: the submitting one, none for MX mail. */
    private static String submitter(SessionInfo session) {
        return session.listener() != SessionInfo.Listener.MX && session.isAuthenticated()
                ? session.authenticatedUser() : null;
    }
}
