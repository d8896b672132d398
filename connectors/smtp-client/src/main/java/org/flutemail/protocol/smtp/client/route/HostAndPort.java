package org.flutemail.protocol.smtp.client.route;

import java.util.Objects;

/** A configured target such as {@code relay.example.net:587} or {@code [::1]:2525}. */
public record HostAndPort(String host, int port) {

    public HostAndPort {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("empty host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** Parses {@code host:port}, {@code [ipv6]:port}, or a bare host with port 25. */
    public static HostAndPort parse(String text) {
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("unclosed [ in " + text);
            }
            String rest = text.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                throw new IllegalArgumentException("not host:port: " + text);
            }
            return new HostAndPort(text.substring(1, close), rest.isEmpty() ? 25 : Integer.parseInt(rest.substring(1)));
        }
        int colon = text.indexOf(':');
        if (colon < 0 || colon != text.lastIndexOf(':')) {
            return new HostAndPort(text, 25); // no port, or a bare IPv6 address
        }
        return new HostAndPort(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
