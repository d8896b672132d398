package org.flutemail.infrastructure.startup;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The few settings Flute reads from its environment, each with the name an operator sets and a
 * default for the embedded developer run. System properties win over environment variables, so that
 * tests can start several servers side by side from one environment.
 */
public final class ServerSettings {

    private ServerSettings() {
    }

    /** Where Flute keeps its files: {@code flute.data.dir}, else {@code <jboss.server.data.dir>/flute}. */
    public static Path dataDirectory() {
        String explicit = value("flute.data.dir", "FLUTE_DATA_DIR", null);
        if (explicit != null) {
            return Path.of(explicit);
        }
        String serverData = System.getProperty("jboss.server.data.dir");
        return serverData != null ? Path.of(serverData, "flute") : Path.of("data", "flute");
    }

    /**
     * Where the TLS certificate and key live ({@code server.crt.pem}, {@code server.key.pem}), shared
     * with the resource adapter, which reloads them when they change.
     */
    public static Path tlsDirectory() {
        String explicit = System.getProperty("flute.tls.dir");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String serverData = System.getProperty("jboss.server.data.dir");
        return serverData != null ? Path.of(serverData, "flute", "tls")
                : Path.of(System.getProperty("java.io.tmpdir"), "flute-tls");
    }

    /** The first domain created on an empty database. */
    public static String firstDomain() {
        return value("flute.domain", "FLUTE_DOMAIN", "example.test").toLowerCase(Locale.ROOT);
    }

    /** The system administrator's password on first start; null means generate one and log it once. */
    public static String adminPassword() {
        return value("flute.admin.password", "FLUTE_ADMIN_PASSWORD", null);
    }

    /** The name this server gives itself in trace headers and greetings. */
    public static String hostName() {
        String configured = value("flute.hostname", "FLUTE_HOSTNAME", null);
        if (configured != null) {
            return configured;
        }
        try {
            return java.net.InetAddress.getLocalHost().getCanonicalHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }

    /**
     * Where people and mail programs reach this server's web side, for links inside mail such as a
     * list's one-click unsubscribe (RFC 8058 asks for HTTPS): by default HTTPS on the host name.
     */
    public static String publicUrl() {
        String configured = value("flute.public.url", "FLUTE_PUBLIC_URL", null);
        String url = configured != null ? configured : "https://" + hostName();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** How long outbound mail is retried before it bounces (RFC 5321 4.5.4.1 suggests 4-5 days). */
    public static java.time.Duration outboundLifetime() {
        return java.time.Duration.parse(value("flute.outbound.lifetime", "FLUTE_OUTBOUND_LIFETIME", "P5D"));
    }

    /** After how long a still-deferred message earns its sender a delay notice. */
    public static java.time.Duration outboundDelayWarning() {
        return java.time.Duration.parse(value("flute.outbound.delayWarning", "FLUTE_OUTBOUND_DELAY_WARNING", "PT4H"));
    }

    /** Multiplies the retry delays; below 1 only for tests that cannot wait for minutes. */
    public static double outboundRetryScale() {
        return Double.parseDouble(value("flute.outbound.retryScale", "FLUTE_OUTBOUND_RETRY_SCALE", "1"));
    }

    /**
     * How failed logins are throttled: {@code flute.login.accountFailures} (default 5) for one name or
     * {@code flute.login.addressFailures} (default 50: offices share addresses) from one client within
     * {@code flute.login.window} (PT15M) lock it for {@code flute.login.lock} (PT5M), doubling with
     * each further lock up to PT1H.
     */
    public static org.flutemail.domain.LoginThrottle.Policy loginThrottlePolicy() {
        org.flutemail.domain.LoginThrottle.Policy d = org.flutemail.domain.LoginThrottle.Policy.DEFAULT;
        return new org.flutemail.domain.LoginThrottle.Policy(
                Integer.parseInt(value("flute.login.accountFailures", "FLUTE_LOGIN_ACCOUNT_FAILURES",
                        Integer.toString(d.accountFailures()))),
                Integer.parseInt(value("flute.login.addressFailures", "FLUTE_LOGIN_ADDRESS_FAILURES",
                        Integer.toString(d.addressFailures()))),
                java.time.Duration.parse(value("flute.login.window", "FLUTE_LOGIN_WINDOW", d.window().toString())),
                java.time.Duration.parse(value("flute.login.lock", "FLUTE_LOGIN_LOCK", d.firstLock().toString())),
                d.maxLock());
    }

    /**
     * The key for the passwords of outside mailboxes (32 bytes, base64), when the operator keeps it
     * outside the data directory; null means the generated key file there (see {@code FetchSecret}).
     */
    public static String fetchSecret() {
        return value("flute.fetch.secret", "FLUTE_FETCH_SECRET", null);
    }

    static String value(String property, String environment, String fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(environment);
        }
        return v == null || v.isBlank() ? fallback : v;
    }
}
