/**
 * SASL server mechanisms for SMTP AUTH (RFC 4954): PLAIN (RFC 4616), LOGIN (the widely deployed
 * draft), SCRAM-SHA-256 (RFC 5802, RFC 7677). Each mechanism is a small state machine over decoded
 * client responses, answering with a {@link org.flutemail.protocol.smtp.auth.SaslStep}; base64 and SMTP
 * reply codes are the session's business, so mechanisms are testable with plain bytes.
 *
 * <p>Mechanisms never see the account store directly, only an
 * {@link org.flutemail.protocol.smtp.auth.Authenticator}, and never keep or log a password beyond the
 * one call that checks it. Depends on the connector API's verdicts and the JDK only.
 */
package org.flutemail.protocol.smtp.auth;
