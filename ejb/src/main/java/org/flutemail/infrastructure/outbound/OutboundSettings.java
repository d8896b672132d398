package org.flutemail.infrastructure.outbound;

import java.net.InetSocketAddress;
import java.time.Duration;
import org.flutemail.protocol.smtp.client.SmtpClientSettings;
import org.flutemail.protocol.smtp.client.SmtpCredentials;
import org.flutemail.protocol.smtp.client.TlsMode;
import org.flutemail.protocol.smtp.client.route.DnsMailExchangerResolver;
import org.flutemail.protocol.smtp.client.route.HostAndPort;
import org.flutemail.protocol.smtp.client.route.MailExchangerResolver;
import org.flutemail.protocol.smtp.client.route.StaticMailExchangerResolver;

/**
 * How outbound mail finds its way, read from system properties (or the environment):
 * <ul>
 * <li>the smart host ({@code host:port}, {@code Setting.SMART_HOST}: stored by the system administrator,
 *     else {@code flute.outbound.smarthost}): send everything there, with optional
 *     {@code flute.outbound.smarthost.user} / {@code .password} and {@code .tls} (NONE, OPPORTUNISTIC,
 *     STARTTLS_REQUIRED, IMPLICIT; default STARTTLS_REQUIRED when credentials are set);</li>
 * <li>{@code flute.outbound.routes} ({@code domain=host:port,...}): fixed routes for named domains,
 *     the rest through DNS; for private and test networks;</li>
 * <li>{@code flute.dns.server} ({@code host:port}): the DNS server to ask; default the system's.</li>
 * </ul>
 */
final class OutboundSettings {

    private OutboundSettings() {
    }

    /** @param smartHost the smart host setting, empty for delivery by MX (and the fixed routes) */
    static MailExchangerResolver resolver(String smartHost) {
        if (!smartHost.isBlank()) {
            return StaticMailExchangerResolver.smartHost(HostAndPort.parse(smartHost));
        }
        MailExchangerResolver dns = dns();
        String routes = value("flute.outbound.routes", "FLUTE_OUTBOUND_ROUTES");
        if (routes == null) {
            return dns;
        }
        StaticMailExchangerResolver.Builder fixed = StaticMailExchangerResolver.builder();
        java.util.Set<String> routedDomains = new java.util.HashSet<>();
        for (String route : routes.split(",")) {
            String[] parts = route.trim().split("=", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("flute.outbound.routes: '" + route + "' is not domain=host:port");
            }
            String domain = parts[0].trim().toLowerCase(java.util.Locale.ROOT);
            fixed.route(domain, HostAndPort.parse(parts[1].trim()));
            routedDomains.add(domain);
        }
        StaticMailExchangerResolver routed = fixed.build();
        return destination -> routedDomains.contains(destination.toLowerCase(java.util.Locale.ROOT))
                ? routed.resolve(destination) : dns.resolve(destination);
    }

    /** @param watchdog bounds socket writes, which Java cannot time out by itself */
    static SmtpClientSettings client(String heloName, java.util.concurrent.ScheduledExecutorService watchdog) {
        SmtpClientSettings.Builder settings = SmtpClientSettings.builder(heloName).writeWatchdog(watchdog);
        String user = value("flute.outbound.smarthost.user", "FLUTE_OUTBOUND_SMARTHOST_USER");
        if (user != null) {
            String password = value("flute.outbound.smarthost.password", "FLUTE_OUTBOUND_SMARTHOST_PASSWORD");
            settings.credentials(new SmtpCredentials(user, password == null ? "" : password));
            settings.tlsMode(TlsMode.STARTTLS_REQUIRED);
        }
        String tls = value("flute.outbound.smarthost.tls", "FLUTE_OUTBOUND_SMARTHOST_TLS");
        if (tls != null) {
            settings.tlsMode(TlsMode.valueOf(tls.trim().toUpperCase(java.util.Locale.ROOT)));
        }
        return settings.build();
    }

    private static MailExchangerResolver dns() {
        String server = value("flute.dns.server", "FLUTE_DNS_SERVER");
        if (server == null) {
            return DnsMailExchangerResolver.usingSystemDns();
        }
        HostAndPort address = HostAndPort.parse(server);
        return DnsMailExchangerResolver.usingServer(new InetSocketAddress(address.host(), address.port()),
                Duration.ofSeconds(10), 25);
    }

    private static String value(String property, String environment) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(environment);
        }
        return v == null || v.isBlank() ? null : v;
    }
}
