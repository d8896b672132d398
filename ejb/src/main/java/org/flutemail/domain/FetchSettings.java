package org.flutemail.domain;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a user configures for one outside mailbox, checked on the way in so that a collection never
 * starts from settings it cannot use. The password is not here: it travels and is stored apart.
 *
 * @param pinnedSha256   the SHA-256 fingerprint of the server's certificate (64 hex digits), which
 *                       then is trusted whatever signed it; null to trust what the JVM's trust store
 *                       trusts, with the host name checked
 * @param targetFolder   the local folder collected mail goes to
 * @param leaveCopy      whether collected messages stay on the outside server
 */
public record FetchSettings(FetchProtocol protocol, String host, int port, FetchTlsMode tls, String pinnedSha256,
        String user, String targetFolder, boolean leaveCopy, int intervalMinutes, boolean enabled) {

    public static final int MIN_INTERVAL_MINUTES = 1;
    public static final int MAX_INTERVAL_MINUTES = 24 * 60;
    public static final int DEFAULT_INTERVAL_MINUTES = 10;

    /** A DNS name or an IPv4 literal; IPv6 literals in brackets-free form are accepted too. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|[0-9a-fA-F:]{2,39}");

    public FetchSettings {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(tls, "tls");
        if (host == null || !HOST.matcher(host.strip()).matches()) {
            throw new InvalidRequestException("host must be a host name or an IP address, not '" + host + "'");
        }
        host = host.strip().toLowerCase(Locale.ROOT);
        if (port < 1 || port > 65535) {
            throw new InvalidRequestException("port must be between 1 and 65535, not " + port);
        }
        pinnedSha256 = fingerprint(pinnedSha256);
        if (user == null || user.isEmpty() || user.length() > 320 || hasControlCharacters(user)) {
            throw new InvalidRequestException("user must be 1 to 320 printable characters");
        }
        targetFolder = folder(targetFolder);
        if (intervalMinutes < MIN_INTERVAL_MINUTES || intervalMinutes > MAX_INTERVAL_MINUTES) {
            throw new InvalidRequestException("intervalMinutes must be between " + MIN_INTERVAL_MINUTES + " and "
                    + MAX_INTERVAL_MINUTES + ", not " + intervalMinutes);
        }
    }

    /** Normalizes a fingerprint written with or without colons, in either case; null or blank means none. */
    static String fingerprint(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String hex = text.strip().replace(":", "").toLowerCase(Locale.ROOT);
        if (hex.startsWith("sha256/") || hex.startsWith("sha256=")) {
            hex = hex.substring(7);
        }
        if (hex.length() != 64 || !hex.chars().allMatch(HexFormat::isHexDigit)) {
            throw new InvalidRequestException(
                    "certificateSha256 must be the 64 hex digits of a SHA-256 fingerprint, colons allowed");
        }
        return hex;
    }

    private static String folder(String name) {
        if (name == null || name.isBlank()) {
            return Mailbox.INBOX;
        }
        String n = name.strip();
        if (n.length() > 255 || hasControlCharacters(n)) {
            throw new InvalidRequestException("targetFolder must be at most 255 printable characters");
        }
        return n.equalsIgnoreCase(Mailbox.INBOX) ? Mailbox.INBOX : n;
    }

    private static boolean hasControlCharacters(String s) {
        return s.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }
}
