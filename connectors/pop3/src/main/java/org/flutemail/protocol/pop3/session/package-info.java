/**
 * The POP3 session: the AUTHORIZATION, TRANSACTION and UPDATE states of RFC 1939, CAPA and response
 * codes (RFC 2449), STLS (RFC 2595), SASL PLAIN (RFC 5034), and byte-stuffed multi-line responses.
 * Every question for the store is one call on {@link org.flutemail.connector.api.Pop3Listener}.
 */
package org.flutemail.protocol.pop3.session;
