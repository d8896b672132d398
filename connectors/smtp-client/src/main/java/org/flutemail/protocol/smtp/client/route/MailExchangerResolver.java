package org.flutemail.protocol.smtp.client.route;

/**
 * Finds the hosts that receive mail for a destination. Implementations never throw for DNS trouble:
 * they answer {@link Resolution.TryLater} or {@link Resolution.Unroutable}, so the caller can tell a
 * retry from a bounce.
 */
public interface MailExchangerResolver {

    /**
     * @param destination a domain name ({@code example.com}, IDN allowed) or an address literal
     *                    ({@code [192.0.2.1]}, {@code [IPv6:2001:db8::1]})
     */
    Resolution resolve(String destination);
}
