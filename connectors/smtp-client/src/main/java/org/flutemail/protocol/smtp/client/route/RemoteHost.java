package org.flutemail.protocol.smtp.client.route;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * One place to connect to: a host's name (for logs, TLS SNI and the bounce's Remote-MTA), one of its
 * addresses, and the port. A host with two addresses is two {@code RemoteHost}s, tried in turn.
 */
public record RemoteHost(String name, InetAddress address, int port) {

    public RemoteHost {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    public InetSocketAddress socketAddress() {
        return new InetSocketAddress(address, port);
    }

    @Override
    public String toString() {
        String host = address.getHostAddress();
        return name + "[" + (host.contains(":") ? "[" + host + "]" : host) + "]:" + port;
    }
}
