package org.flutemail.protocol.smtp.client;

import java.util.Objects;

/**
 * The outcome for one recipient.
 *
 * @param recipient the recipient as requested
 * @param status    delivered, or failed for now, or failed for good
 * @param reply     the reply that decided it; made up by Flute when no server answered
 * @param remoteMta the name of the host that answered, or {@code null} when the result was decided
 *                  locally (DNS failure, no host reachable); a bounce names it as Remote-MTA
 */
public record RecipientResult(Recipient recipient, DeliveryStatus status, SmtpReply reply, String remoteMta) {

    public RecipientResult {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reply, "reply");
    }

    /** Whether a remote server gave this answer (so a bounce may quote it as {@code smtp; ...}). */
    public boolean answeredByRemote() {
        return remoteMta != null;
    }
}
