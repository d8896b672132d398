package org.flutemail.infrastructure.connector;

import java.util.Optional;
import org.flutemail.application.MailEvents;
import org.flutemail.application.MessageSizeLimits;
import org.flutemail.connector.api.InboundMessage;
import org.flutemail.connector.api.MessageRefusedException;
import org.flutemail.connector.api.SessionInfo;

/**
 * Refuses, after DATA and before anything is written, a message larger than its sender's class of
 * service or a recipient domain allows. Permanent: sending it again will not make it smaller.
 */
final class SizeRefusals {

    private SizeRefusals() {
    }

    static void refuseOversized(MessageSizeLimits limits, MailEvents events, InboundMessage message)
            throws MessageRefusedException {
        SessionInfo session = message.session();
        String sender = session.listener() != SessionInfo.Listener.MX && session.isAuthenticated()
                ? session.authenticatedUser() : null;
        Optional<String> exceeded = limits.exceeded(sender, message.recipients(), message.content().size());
        if (exceeded.isPresent()) {
            events.rejected(message.session().clientAddress(), message.session().authenticatedUser(), null,
                    "message too large");
            throw new MessageRefusedException(exceeded.get(), true);
        }
    }
}
