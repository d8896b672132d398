/**
 * The POP3 server side (RFC 1939, with RFC 2449 CAPA and response codes, RFC 2595 STLS and RFC 5034
 * SASL PLAIN) in pure Java: {@code codec} frames command lines, {@code session} runs the state machine
 * and writes responses. {@link org.flutemail.protocol.pop3.Pop3Connection} joins the two for a
 * transport that owns the socket. Depends on {@code connectors/api} only; no container types.
 */
package org.flutemail.protocol.pop3;
