package org.flutemail.protocol.smtp.client;

import java.util.Optional;

/**
 * The envelope sender of a message ({@code MAIL FROM}). Either a mailbox or the null reverse-path
 * {@code <>}, which bounces and other notifications carry so that they never cause a bounce
 * themselves (RFC 5321 section 4.5.5). Making the null path a distinct value, instead of an empty
 * string, forces every caller that would answer the sender to decide what to do with it.
 */
public final class ReversePath {

    /** The null reverse-path {@code <>}. */
    public static final ReversePath NULL = new ReversePath(null);

    private final String mailbox;

    private ReversePath(String mailbox) {
        this.mailbox = mailbox;
    }

    /** A sender mailbox, {@code local@domain}, without angle brackets. */
    public static ReversePath of(String mailbox) {
        if (mailbox == null || mailbox.isBlank() || mailbox.equals("<>")) {
            throw new IllegalArgumentException("use ReversePath.NULL for the null reverse-path");
        }
        EnvelopeAddresses.requireMailbox(mailbox);
        return new ReversePath(mailbox);
    }

    /** The mailbox, or empty for the null reverse-path. */
    public Optional<String> mailbox() {
        return Optional.ofNullable(mailbox);
    }

    public boolean isNull() {
        return mailbox == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReversePath that && java.util.Objects.equals(mailbox, that.mailbox);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(mailbox);
    }

    @Override
    public String toString() {
        return "<" + (mailbox == null ? "" : mailbox) + ">";
    }
}
