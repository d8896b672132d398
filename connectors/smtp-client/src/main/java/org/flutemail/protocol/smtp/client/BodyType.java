package org.flutemail.protocol.smtp.client;

/**
 * What the content needs from the transport (RFC 6152). Flute does not downgrade 8-bit content to
 * 7 bits: when the server lacks 8BITMIME, the message is sent as it is without the BODY parameter,
 * which nearly every server today accepts; the alternative (re-encoding MIME parts) would change a
 * signed message and break DKIM.
 */
public enum BodyType {
    SEVEN_BIT,
    EIGHT_BIT_MIME
}
