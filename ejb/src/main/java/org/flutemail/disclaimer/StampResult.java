package org.flutemail.disclaimer;

import java.util.Optional;

/**
 * What {@link DisclaimerStamper} made of a message: the new octets, or none and the reason it was
 * left alone (signed, encrypted, unparsable, too large, stamped before, no text body).
 */
public final class StampResult {

    private final byte[] content;
    private final String untouchedReason;

    private StampResult(byte[] content, String untouchedReason) {
        this.content = content;
        this.untouchedReason = untouchedReason;
    }

    static StampResult stamped(byte[] content) {
        return new StampResult(content, null);
    }

    static StampResult untouched(String reason) {
        return new StampResult(null, reason);
    }

    /** The stamped message, empty when it was left untouched. */
    public Optional<byte[]> content() {
        return Optional.ofNullable(content);
    }

    /** Why the message was left untouched; null when it was stamped. */
    public String untouchedReason() {
        return untouchedReason;
    }
}
