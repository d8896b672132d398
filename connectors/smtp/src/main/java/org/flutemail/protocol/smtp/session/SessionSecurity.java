package org.flutemail.protocol.smtp.session;

/**
 * What an extension needs to know to decide whether it is offered right now: STARTTLS only before
 * TLS, AUTH only where passwords may be sent.
 */
public record SessionSecurity(boolean tlsActive, boolean startTlsAvailable, boolean authAvailable) {
}
