package org.flutemail.protocol.smtp.client.dsn;

import java.time.Instant;
import java.util.Objects;
import org.flutemail.protocol.smtp.client.RecipientResult;

/**
 * One recipient's block in the report (RFC 3464 section 2.3).
 *
 * @param finalRecipient    the address Flute tried
 * @param originalRecipient ORCPT as the sender gave it, or {@code null}
 * @param action            failed, delayed, delivered...
 * @param status            RFC 3463 {@code x.y.z}
 * @param diagnosticCode    the remote reply as {@code smtp; 550 5.1.1 ...}, or {@code null} when no server answered
 * @param remoteMta         the host that answered, or {@code null}
 * @param lastAttemptDate   when Flute last tried
 * @param willRetryUntil    for {@link DsnAction#DELAYED}: when Flute gives up; else {@code null}
 * @param explanation       for the human-readable part, in the words of the reply
 */
public record RecipientReport(String finalRecipient, String originalRecipient, DsnAction action, String status,
                              String diagnosticCode, String remoteMta, Instant lastAttemptDate, Instant willRetryUntil,
                              String explanation) {

    public RecipientReport {
        Objects.requireNonNull(finalRecipient, "finalRecipient");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(explanation, "explanation");
        if (!status.matches("[245]\\.\\d{1,3}\\.\\d{1,3}")) {
            throw new IllegalArgumentException("not a status code x.y.z: " + status);
        }
    }

    /** The report for a result of the SMTP client. */
    public static RecipientReport of(RecipientResult result, DsnAction action, Instant lastAttemptDate,
                                     Instant willRetryUntil) {
        return new RecipientReport(result.recipient().address(), result.recipient().originalRecipient(), action,
                result.reply().status(), result.answeredByRemote() ? "smtp; " + result.reply() : null,
                result.remoteMta(), lastAttemptDate, action == DsnAction.DELAYED ? willRetryUntil : null,
                result.reply().toString());
    }
}
