package org.flutemail.domain;

import java.util.Map;

/**
 * What the sender asked of delivery in the SMTP envelope: the body type (RFC 6152), SMTPUTF8
 * (RFC 6531), and the DSN requests (RFC 3461) for the whole message and per recipient.
 *
 * @param dsnReturn     FULL, HDRS or empty
 * @param recipients    per recipient address (canonical form), what it asked for; addresses not in
 *                      the map (alias targets, for instance) use the defaults
 */
public record DeliveryOptions(String bodyType, boolean smtpUtf8, String dsnReturn, String dsnEnvelopeId,
        Map<String, RecipientDsn> recipients) {

    public DeliveryOptions {
        bodyType = bodyType == null || bodyType.isEmpty() ? "7BIT" : bodyType;
        dsnReturn = dsnReturn == null ? "" : dsnReturn;
        dsnEnvelopeId = dsnEnvelopeId == null ? "" : dsnEnvelopeId;
        recipients = Map.copyOf(recipients);
    }

    public static DeliveryOptions none() {
        return new DeliveryOptions("7BIT", false, "", "", Map.of());
    }

    public RecipientDsn forRecipient(String address) {
        return recipients.getOrDefault(address, RecipientDsn.DEFAULT);
    }

    /**
     * These options with requests for more addresses (an alias's targets, handed the alias's requests);
     * an address that has requests of its own keeps them.
     */
    public DeliveryOptions inheriting(Map<String, RecipientDsn> more) {
        Map<String, RecipientDsn> all = new java.util.HashMap<>(more);
        all.putAll(recipients);
        return new DeliveryOptions(bodyType, smtpUtf8, dsnReturn, dsnEnvelopeId, all);
    }
}
