package org.flutemail.connector.adapter;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Properties;

import jakarta.resource.spi.InvalidPropertyException;

/**
 * Where the adapter's settings come from, in order: a system property (so an operator or a test can
 * move a port without rebuilding the EAR), the bean's activation config, the default. Blank counts as
 * unset.
 */
record SettingsLookup(Properties system) {

    String text(String property, String configured, String fallback) {
        String value = system.getProperty(property);
        if (value != null && !value.isBlank()) {
            return value.strip();
        }
        return configured != null && !configured.isBlank() ? configured.strip() : fallback;
    }

    boolean flag(String property) {
        return Boolean.parseBoolean(text(property, null, "false"));
    }

    long number(String property, Number configured, long fallback) throws InvalidPropertyException {
        String value = text(property, configured == null ? null : configured.toString(), null);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidPropertyException(property + " is not a number: " + value);
        }
    }

    /** {@code flute.hostname}, else the activation config's, else the local host name. */
    String hostName(String configured) {
        String name = text(SmtpSettings.HOSTNAME, configured, null);
        return name == null ? localHostName() : name;
    }

    /** {@code flute.tls.dir}, else next to the server's other data (outside WildFly, under the temporary directory). */
    Path tlsDirectory() {
        return Path.of(text(SmtpSettings.TLS_DIR, null, defaultTlsDirectory(system)));
    }

    static String defaultTlsDirectory(Properties system) {
        String data = system.getProperty("jboss.server.data.dir");
        return data != null ? Path.of(data, "flute", "tls").toString()
                : Path.of(System.getProperty("java.io.tmpdir"), "flute-tls").toString();
    }

    static String localHostName() {
        try {
            return InetAddress.getLocalHost().getCanonicalHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
