package org.flutemail.domain;

import java.time.Instant;
import java.util.List;

/**
 * The SMTP envelope of an accepted message and the facts about the session it arrived in.
 *
 * @param reversePath MAIL FROM, empty for the null sender
 * @param protocol    the RFC 3848 "with" keyword (ESMTP, ESMTPS, ...)
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
        String authUser) {

    public Envelope {
        recipients = List.copyOf(recipients);
    }
}
