/**
 * Outbound delivery over SMTP: the application's {@code RemoteTransport} and {@code DeliveryReports}
 * filled by the pure-Java client in {@code flute-smtp-client}, and the settings that choose how mail
 * leaves (DNS, static routes for test networks, or a smart host).
 */
package org.flutemail.infrastructure.outbound;
