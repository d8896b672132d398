package org.flutemail.application;

import java.util.Optional;
import org.flutemail.domain.InvalidRequestException;
import org.flutemail.domain.NetworkList;
import org.flutemail.protocol.smtp.client.route.HostAndPort;

/**
 * The server settings a system administrator may change at run time ({@code /api/v1/settings}). Each
 * has the system property and environment variable that were its only source before, and that remain
 * its default when nothing is stored. Both take effect without a restart.
 */
public enum Setting {

    /** Networks whose clients relay without AUTH, comma-separated CIDR blocks; read at each relay decision. */
    RELAY_NETWORKS("relayNetworks", "flute.relay.networks", "FLUTE_RELAY_NETWORKS") {
        @Override
        void check(String value) {
            NetworkList.parse(value);
        }
    },
    /** {@code host:port} all outbound mail goes to; blank means by MX. Read before each delivery. */
    SMART_HOST("smartHost", "flute.outbound.smarthost", "FLUTE_OUTBOUND_SMARTHOST") {
        @Override
        void check(String value) {
            HostAndPort.parse(value.trim());
        }
    };

    private final String key;
    private final String property;
    private final String environment;

    Setting(String key, String property, String environment) {
        this.key = key;
        this.property = property;
        this.environment = environment;
    }

    /** The name in the REST API and on the settings screen. */
    public String key() {
        return key;
    }

    /** The value from the system property or environment, or empty. */
    public String fallback() {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(environment);
        }
        return v == null || v.isBlank() ? "" : v.trim();
    }

    /** Throws an {@link InvalidRequestException} naming the setting when the value is not one it takes. */
    public void validate(String value) {
        try {
            check(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(key + ": " + e.getMessage());
        }
    }

    abstract void check(String value);

    public static Optional<Setting> byKey(String key) {
        for (Setting s : values()) {
            if (s.key.equalsIgnoreCase(key == null ? "" : key.trim()) || s.name().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
