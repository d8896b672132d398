/**
 * From a destination domain to the hosts to try, in order (RFC 5321 section 5.1).
 * {@link org.flutemail.protocol.smtp.client.route.MailExchangerResolver} is the seam:
 * {@link org.flutemail.protocol.smtp.client.route.DnsMailExchangerResolver} asks DNS (MX, then
 * A/AAAA, with null MX and implicit MX), {@link org.flutemail.protocol.smtp.client.route.StaticMailExchangerResolver}
 * maps domains to fixed {@code host:port} routes for smart hosts, tests and test networks.
 *
 * <p>Depends on the JDK and dnsjava only; it knows nothing of SMTP replies, so the caller decides how
 * a {@link org.flutemail.protocol.smtp.client.route.Resolution} becomes a delivery result.
 */
package org.flutemail.protocol.smtp.client.route;
