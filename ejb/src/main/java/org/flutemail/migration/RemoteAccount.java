package org.flutemail.migration;

import java.util.HexFormat;
import java.util.Locale;
import org.flutemail.domain.MigrationSource.Protocol;
import org.flutemail.domain.MigrationSource.Tls;

/**
 * An account on an old server, with the password for this run only. {@code fingerprint}, when set, is
 * the SHA-256 of the one server certificate to trust (old servers often have a self-signed one);
 * otherwise the JDK's trusted authorities and a host name check apply.
 */
public record RemoteAccount(Protocol protocol, String host, int port, Tls tls, String login, String password,
        byte[] fingerprint) {

    public RemoteAccount {
        if (protocol != Protocol.IMAP && protocol != Protocol.POP3) {
            throw new IllegalArgumentException("an old server is read over IMAP or POP3, not " + protocol);
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the old server's host name is missing");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not a TCP port");
        }
        if (login == null || login.isBlank()) {
            throw new IllegalArgumentException("the old login is missing");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("the old password is missing");
        }
    }

    /**
     * Fills in what was left out: without a TLS mode, 993 and 995 mean implicit TLS, another port
     * STARTTLS, and no port implicit TLS on the protocol's standard port.
     */
    public static RemoteAccount of(Protocol protocol, String host, Integer port, Tls tls, String login,
            String password, byte[] fingerprint) {
        Tls mode = tls != null ? tls : port == null || port == 993 || port == 995 ? Tls.IMPLICIT : Tls.STARTTLS;
        int p = port != null ? port : switch (protocol) {
            case POP3 -> mode == Tls.IMPLICIT ? 995 : 110;
            default -> mode == Tls.IMPLICIT ? 993 : 143;
        };
        return new RemoteAccount(protocol, host.strip(), p, mode, login == null ? null : login.strip(), password,
                fingerprint);
    }

    public static Protocol protocol(String text) {
        if (text == null || text.isBlank()) {
            return Protocol.IMAP;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "imap", "imaps" -> Protocol.IMAP;
            case "pop3", "pop", "pop3s" -> Protocol.POP3;
            default -> throw new IllegalArgumentException("protocol must be imap or pop3, not '" + text + "'");
        };
    }

    public static Tls tls(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "none", "no", "plain", "cleartext" -> Tls.NONE;
            case "starttls", "stls" -> Tls.STARTTLS;
            case "implicit", "tls", "ssl" -> Tls.IMPLICIT;
            default -> throw new IllegalArgumentException("tls must be none, starttls or implicit, not '" + text + "'");
        };
    }

    public static Integer port(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int port = Integer.parseInt(text.strip());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number from 1 to 65535, not '" + text + "'");
        }
    }

    /** A SHA-256 fingerprint in hex, with or without colons (as openssl prints it). */
    public static byte[] fingerprint(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String hex = text.strip().replace(":", "");
        if (!hex.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("a certificate fingerprint is 64 hex digits (SHA-256), not '" + text + "'");
        }
        return HexFormat.of().parseHex(hex);
    }

    @Override
    public String toString() {
        return protocol + " " + login + "@" + host + ":" + port + " (" + tls + ")";
    }
}
