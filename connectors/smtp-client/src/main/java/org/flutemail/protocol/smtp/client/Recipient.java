package org.flutemail.protocol.smtp.client;

import java.util.Objects;

/**
 * One envelope recipient ({@code RCPT TO}) with its RFC 3461 DSN parameters, passed on only when the
 * server offers DSN.
 *
 * @param address  the mailbox, {@code local@domain}
 * @param notifyOn the NOTIFY value as received ({@code NEVER} or a comma list of {@code SUCCESS},
 *                 {@code FAILURE}, {@code DELAY}), or {@code null} when the sender gave none
 * @param originalRecipient the ORCPT address (without its {@code rfc822;} type), or {@code null}
 */
public record Recipient(String address, String notifyOn, String originalRecipient) {

    public Recipient {
        Objects.requireNonNull(address, "address");
        EnvelopeAddresses.requireMailbox(address);
        if (notifyOn != null && !notifyOn.matches("(?i)NEVER|((SUCCESS|FAILURE|DELAY)(,(SUCCESS|FAILURE|DELAY))*)")) {
            throw new IllegalArgumentException("not a NOTIFY value: " + notifyOn);
        }
    }

    /** A recipient without DSN parameters. */
    public static Recipient of(String address) {
        return new Recipient(address, null, null);
    }

    /** The domain part, where the mail is going. */
    public String domain() {
        return address.substring(address.lastIndexOf('@') + 1);
    }
}
