package org.flutemail.protocol.smtp.client;

import java.util.List;
import java.util.Objects;

/**
 * One message from one sender to recipients that share one destination.
 *
 * @param destination the domain (or address literal such as {@code [192.0.2.1]}) whose mail
 *                    exchangers receive the message; usually the recipients' domain
 * @param sender      the envelope sender, possibly the null reverse-path
 * @param recipients  at least one; each gets its own result
 * @param content     the message, CRLF line ends
 * @param bodyType    whether the content has 8-bit MIME parts (BODY=8BITMIME when offered)
 * @param smtpUtf8    whether the message needs SMTPUTF8 (RFC 6531): UTF-8 in addresses or headers.
 *                    Non-ASCII envelope addresses imply it.
 * @param envelopeId  the RFC 3461 ENVID to pass on, or {@code null}
 * @param ret         the RFC 3461 RET to pass on, or {@code null}
 */
public record DeliveryRequest(String destination, ReversePath sender, List<Recipient> recipients,
                              MessageContent content, BodyType bodyType, boolean smtpUtf8,
                              String envelopeId, ReturnContent ret) {

    public DeliveryRequest {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(bodyType, "bodyType");
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a delivery needs at least one recipient");
        }
        if (envelopeId != null && envelopeId.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw new IllegalArgumentException("ENVID must be printable ASCII: " + envelopeId);
        }
    }

    /** A plain request: 7-bit content, no DSN parameters; the destination is the first recipient's domain. */
    public static DeliveryRequest of(ReversePath sender, List<Recipient> recipients, MessageContent content) {
        return new DeliveryRequest(recipients.get(0).domain(), sender, recipients, content,
                BodyType.SEVEN_BIT, false, null, null);
    }

    /** Whether the transaction needs the server's SMTPUTF8 extension. */
    public boolean needsSmtpUtf8() {
        return smtpUtf8
                || sender.mailbox().map(m -> !EnvelopeAddresses.isAscii(m)).orElse(false)
                || recipients.stream().anyMatch(r -> !EnvelopeAddresses.isAscii(r.address()));
    }
}
