package org.flutemail.protocol.smtp.client.dsn;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.flutemail.protocol.smtp.client.ReturnContent;
import org.flutemail.protocol.smtp.client.ReversePath;

/**
 * What a bounce needs of the original transaction: where to send it, and the sender's RFC 3461
 * wishes (ENVID to quote, RET for how much of the message to return).
 *
 * @param returnAddress the original envelope sender; never the null reverse-path
 * @param envelopeId    ENVID, or {@code null}
 * @param ret           RET, or {@code null} (then headers only when failing, as most MTAs do for size)
 * @param arrivalDate   when Flute accepted the message, or {@code null}
 */
public record OriginalEnvelope(String returnAddress, String envelopeId, ReturnContent ret, Instant arrivalDate) {

    public OriginalEnvelope {
        Objects.requireNonNull(returnAddress, "returnAddress");
        if (returnAddress.isBlank() || returnAddress.equals("<>")) {
            throw new IllegalArgumentException("a bounce is never sent to the null reverse-path");
        }
    }

    /**
     * The envelope to bounce to, or empty when the sender is the null reverse-path: a bounce of a
     * bounce must not exist (RFC 5321 section 4.5.5), and the caller has to handle that case visibly.
     */
    public static Optional<OriginalEnvelope> forBounce(ReversePath sender, String envelopeId, ReturnContent ret,
                                                       Instant arrivalDate) {
        return sender.mailbox().map(m -> new OriginalEnvelope(m, envelopeId, ret, arrivalDate));
    }
}
