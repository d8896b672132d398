package org.flutemail.domain;

import java.time.Instant;
import java.util.List;

/**
 * The SMTP envelope of an accepted message and the facts about the session it arrived in.
 *
 * @param reversePath MAIL FROM, empty for the null sender
 * @param protocol    the RFC 3848 "with" keyword (ESMTP, ESMTPS, ...)
 * @param options     what the sender asked of delivery (body type, SMTPUTF8, DSN)
 * @param targetFolder the local folder to deliver into in place of INBOX, or null for INBOX: set for
 *                    mail collected from an outside mailbox, never by SMTP
 */
public record Envelope(
        String reversePath,
        List<String> recipients,
        Instant receivedAt,
        String clientAddress,
        String clientName,
        String serverName,
        String protocol,
        String tlsCipher,
        String authUser,
        DeliveryOptions options,
        String targetFolder) {

    public Envelope {
        recipients = List.copyOf(recipients);
        options = options == null ? DeliveryOptions.none() : options;
    }

    /** An envelope for delivery into INBOX, as every SMTP envelope is. */
    public Envelope(String reversePath, List<String> recipients, Instant receivedAt, String clientAddress,
            String clientName, String serverName, String protocol, String tlsCipher, String authUser,
            DeliveryOptions options) {
        this(reversePath, recipients, receivedAt, clientAddress, clientName, serverName, protocol, tlsCipher,
                authUser, options, null);
    }
}
