package org.flutemail.application;

import java.util.Optional;
import org.flutemail.domain.DomainName;
import org.flutemail.domain.InvalidRequestException;
import org.flutemail.domain.NetworkList;
import org.flutemail.protocol.smtp.client.route.HostAndPort;

/**
 * The server settings a system administrator may change at run time ({@code /api/v1/settings}). Each
 * has the system property and environment variable that were its only source before, and that remain
 * its default when nothing is stored (and a built-in default after them, where one exists). All take
 * effect without a restart: the SMTP ones are pushed to the resource adapter and apply to the next
 * connection.
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
    },
    /** The name in the SMTP greeting and EHLO answer; blank means the adapter's own (the local host name). */
    HOST_NAME("hostName", "flute.hostname", "FLUTE_HOSTNAME") {
        @Override
        void check(String value) {
            DomainName.normalize(value);
        }

        @Override
        public String canonical(String value) {
            return DomainName.normalize(value);
        }
    },
    /** The server-wide largest message in bytes ({@code SIZE}); domain and class limits still apply, the smallest wins. */
    MAX_MESSAGE_BYTES("maxMessageBytes", "flute.smtp.maxMessageSize", "FLUTE_SMTP_MAX_MESSAGE_SIZE") {
        @Override
        void check(String value) {
            wholeNumber(value, 1024, MAX_MESSAGE_LIMIT);
        }
    },
    /** The most recipients of one message over SMTP; further RCPTs are answered {@code 452 4.5.3}. */
    MAX_RECIPIENTS("maxRecipients", "flute.smtp.maxRecipients", "FLUTE_SMTP_MAX_RECIPIENTS") {
        @Override
        void check(String value) {
            wholeNumber(value, 1, 100_000);
        }
    },
    /** Connections one client address may have open to each SMTP listener; more are answered {@code 421 4.7.0}. */
    MAX_CONNECTIONS_PER_CLIENT("maxConnectionsPerClient", "flute.smtp.maxConnectionsPerClient",
            "FLUTE_SMTP_MAX_CONNECTIONS_PER_CLIENT") {
        @Override
        void check(String value) {
            wholeNumber(value, 1, 10_000);
        }
    },
    /** Messages one authenticated account may send in an hour, counted per node; 0 is no limit. Refused {@code 450 4.7.1} at MAIL. */
    MESSAGES_PER_ACCOUNT_PER_HOUR("messagesPerAccountPerHour", "flute.smtp.messagesPerAccountPerHour",
            "FLUTE_SMTP_MESSAGES_PER_ACCOUNT_PER_HOUR") {
        @Override
        void check(String value) {
            wholeNumber(value, 0, MAX_HOURLY_MESSAGES);
        }
    },
    /** Messages one client address may send without AUTH in an hour (port 25), counted per node; 0 is no limit. */
    MESSAGES_PER_CLIENT_PER_HOUR("messagesPerClientPerHour", "flute.smtp.messagesPerClientPerHour",
            "FLUTE_SMTP_MESSAGES_PER_CLIENT_PER_HOUR") {
        @Override
        void check(String value) {
            wholeNumber(value, 0, MAX_HOURLY_MESSAGES);
        }
    },
    /** Recipients one authenticated account may reach in an hour, counted per node; 0 is no limit. Refused at RCPT. */
    RECIPIENTS_PER_ACCOUNT_PER_HOUR("recipientsPerAccountPerHour", "flute.smtp.recipientsPerAccountPerHour",
            "FLUTE_SMTP_RECIPIENTS_PER_ACCOUNT_PER_HOUR") {
        @Override
        void check(String value) {
            wholeNumber(value, 0, MAX_HOURLY_RECIPIENTS);
        }
    },
    /** After how many days mail log lines and hourly statistics are removed by the daily expiry. */
    MAIL_LOG_DAYS("mailLogDays", "flute.mailLog.days", "FLUTE_MAIL_LOG_DAYS", "90") {
        @Override
        void check(String value) {
            wholeNumber(value, 1, 36_500);
        }
    };

    /** 2 GiB: above, the spool's and the mailboxes' sizes would no longer fit the protocol's counters. */
    static final long MAX_MESSAGE_LIMIT = Integer.MAX_VALUE;

    /** About 280 a second for an hour: beyond, a limit no longer limits anything one node can take. */
    static final long MAX_HOURLY_MESSAGES = 1_000_000;

    /** Ten times the messages: a message has many recipients. */
    static final long MAX_HOURLY_RECIPIENTS = 10_000_000;

    private final String key;
    private final String property;
    private final String environment;
    private final String builtIn;

    Setting(String key, String property, String environment) {
        this(key, property, environment, "");
    }

    Setting(String key, String property, String environment, String builtIn) {
        this.key = key;
        this.property = property;
        this.environment = environment;
        this.builtIn = builtIn;
    }

    /** The name in the REST API and on the settings screen. */
    public String key() {
        return key;
    }

    /** What applies when neither a stored value nor the environment gives one; empty for none. */
    public String builtIn() {
        return builtIn;
    }

    /** The value from the system property or environment, else the built-in default, else empty. */
    public String fallback() {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(environment);
        }
        return v == null || v.isBlank() ? builtIn : v.trim();
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

    /** The form a valid value is stored in. */
    public String canonical(String value) {
        return value.trim();
    }

    /** The value read and checked, or an {@code IllegalArgumentException} that says why not. */
    static long wholeNumber(String value, long min, long max) {
        long n;
        try {
            n = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(n + " is not between " + min + " and " + max);
        }
        return n;
    }

    public static Optional<Setting> byKey(String key) {
        for (Setting s : values()) {
            if (s.key.equalsIgnoreCase(key == null ? "" : key.trim()) || s.name().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
