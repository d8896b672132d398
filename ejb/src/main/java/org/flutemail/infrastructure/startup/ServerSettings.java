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

    static String value(String property, String environment, String fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(environment);
        }
        return v == null || v.isBlank() ? fallback : v;
    }
}
