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
 * @param remoteReports for a delivered recipient, whether the host that took it announced DSN
 *                  (RFC 3461) and so was handed the sender's NOTIFY and reports from there on; when it
 *                  did not, a sender who asked for success reports is owed a "relayed" one by us
 */
public record RecipientResult(Recipient recipient, DeliveryStatus status, SmtpReply reply, String remoteMta,
        boolean remoteReports) {

    public RecipientResult {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reply, "reply");
    }

    /** A result from a host that takes no part in reporting (a failure, or one decided here). */
    public RecipientResult(Recipient recipient, DeliveryStatus status, SmtpReply reply, String remoteMta) {
        this(recipient, status, reply, remoteMta, false);
    }

    /** Whether a remote server gave this answer (so a bounce may quote it as {@code smtp; ...}). */
    public boolean answeredByRemote() {
        return remoteMta != null;
    }
}
