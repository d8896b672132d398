package org.flutemail.protocol.smtp.session;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The limits and names one SMTP receiver runs with. Every limit exists so that one client cannot take
 * more than its share of memory, disk, threads or patience.
 *
 * @param serverName           the host name in the greeting and replies
 * @param maxCommandLineLength octets including CRLF; RFC 5321 section 4.5.3.1.4 says 512
 * @param maxMessageSize       octets of content after dot-unstuffing; announced as {@code SIZE}
 * @param maxRecipients        accepted RCPTs per message; beyond, {@code 452 4.5.3}
 * @param maxErrors            5xx replies per session before {@code 421 4.7.0} and close
 * @param maxCommands          command lines per session before {@code 421 4.7.0} and close
 * @param idleTimeout          silence tolerated from the client before {@code 421 4.4.2} and close
 * @param memoryThreshold      content kept on the heap before spilling to a file in {@code spoolDirectory}
 * @param maxHops              {@code Received:} fields a message may carry in its header; more means
 *                             it is looping and it is refused with {@code 554 5.4.6} (RFC 5321
 *                             section 6.3 suggests at least 100 hops are a loop; 50 is what most
 *                             servers use)
 */
public record SmtpConfig(
        String serverName,
        int maxCommandLineLength,
        long maxMessageSize,
        int maxRecipients,
        int maxErrors,
        int maxCommands,
        Duration idleTimeout,
        int memoryThreshold,
        Path spoolDirectory,
        int maxHops) {

    public static final int DEFAULT_MAX_COMMAND_LINE = 512;
    public static final long DEFAULT_MAX_MESSAGE_SIZE = 50L * 1024 * 1024;
    public static final int DEFAULT_MAX_RECIPIENTS = 100;
    public static final int DEFAULT_MAX_ERRORS = 20;
    public static final int DEFAULT_MAX_COMMANDS = 2000;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(5);
    public static final int DEFAULT_MEMORY_THRESHOLD = 256 * 1024;
    public static final int DEFAULT_MAX_HOPS = 50;

    public SmtpConfig {
        Objects.requireNonNull(serverName, "serverName");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(spoolDirectory, "spoolDirectory");
        if (maxCommandLineLength < 64 || maxMessageSize < 1 || maxRecipients < 1 || maxErrors < 1
                || maxCommands < 1 || memoryThreshold < 0 || maxHops < 1 || idleTimeout.isNegative()
                || idleTimeout.isZero()) {
            throw new IllegalArgumentException("SMTP limits must be positive: " + this);
        }
    }

    /** The RFC defaults and the JVM's temporary directory. */
    public static SmtpConfig defaults(String serverName) {
        return new SmtpConfig(serverName, DEFAULT_MAX_COMMAND_LINE, DEFAULT_MAX_MESSAGE_SIZE,
                DEFAULT_MAX_RECIPIENTS, DEFAULT_MAX_ERRORS, DEFAULT_MAX_COMMANDS, DEFAULT_IDLE_TIMEOUT,
                DEFAULT_MEMORY_THRESHOLD, Path.of(System.getProperty("java.io.tmpdir")), DEFAULT_MAX_HOPS);
    }

    public static Builder builder(String serverName) {
        return new Builder(serverName);
    }

    /** Starts from {@link #defaults} and overrides what is set. */
    public static final class Builder {
        private final SmtpConfig defaults;
        private int maxCommandLineLength;
        private long maxMessageSize;
        private int maxRecipients;
        private int maxErrors;
        private int maxCommands;
        private Duration idleTimeout;
        private int memoryThreshold;
        private Path spoolDirectory;
        private int maxHops;

        private Builder(String serverName) {
            defaults = defaults(serverName);
            maxCommandLineLength = defaults.maxCommandLineLength;
            maxMessageSize = defaults.maxMessageSize;
            maxRecipients = defaults.maxRecipients;
            maxErrors = defaults.maxErrors;
            maxCommands = defaults.maxCommands;
            idleTimeout = defaults.idleTimeout;
            memoryThreshold = defaults.memoryThreshold;
            spoolDirectory = defaults.spoolDirectory;
            maxHops = defaults.maxHops;
        }

        public Builder maxCommandLineLength(int value) {
            maxCommandLineLength = value;
            return this;
        }

        public Builder maxMessageSize(long value) {
            maxMessageSize = value;
            return this;
        }

        public Builder maxRecipients(int value) {
            maxRecipients = value;
            return this;
        }

        public Builder maxErrors(int value) {
            maxErrors = value;
            return this;
        }

        public Builder maxCommands(int value) {
            maxCommands = value;
            return this;
        }

        public Builder idleTimeout(Duration value) {
            idleTimeout = value;
            return this;
        }

        public Builder memoryThreshold(int value) {
            memoryThreshold = value;
            return this;
        }

        public Builder spoolDirectory(Path value) {
            spoolDirectory = value;
            return this;
        }

        public Builder maxHops(int value) {
            maxHops = value;
            return this;
        }

        public SmtpConfig build() {
            return new SmtpConfig(defaults.serverName, maxCommandLineLength, maxMessageSize, maxRecipients,
                    maxErrors, maxCommands, idleTimeout, memoryThreshold, spoolDirectory, maxHops);
        }
    }
}
