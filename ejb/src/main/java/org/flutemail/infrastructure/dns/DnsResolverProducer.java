package org.flutemail.infrastructure.dns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.flutemail.dns.DnsResolver;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;

/** The application's DNS for mail authentication; the same server setting as outbound delivery. */
@ApplicationScoped
public class DnsResolverProducer {

    /** Long enough for a slow server, short enough that ten SPF look-ups cannot hold a transaction for long. */
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Produces
    @ApplicationScoped
    public DnsResolver dnsResolver() {
        return new DnsjavaResolver(resolver(), TIMEOUT);
    }

    private static Resolver resolver() {
        String server = System.getProperty("flute.dns.server", System.getenv("FLUTE_DNS_SERVER"));
        if (server == null || server.isBlank()) {
            return new ExtendedResolver();
        }
        int colon = server.lastIndexOf(':');
        String host = colon < 0 ? server.strip() : server.substring(0, colon).strip();
        int port = colon < 0 ? 53 : Integer.parseInt(server.substring(colon + 1).strip());
        try {
            return new SimpleResolver(new InetSocketAddress(host, port));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("flute.dns.server '" + server + "' is not host:port", e);
        }
    }
}
