package org.flutemail.protocol.smtp.client.route;

import java.io.IOException;
import java.net.InetSocketAddress;

/** Opens the package-private {@link FakeDnsServer} to tests of the client package. */
public final class FakeDnsServerAccess implements AutoCloseable {

    private final FakeDnsServer dns;

    private FakeDnsServerAccess(FakeDnsServer dns) {
        this.dns = dns;
    }

    public static FakeDnsServerAccess start() throws IOException {
        return new FakeDnsServerAccess(new FakeDnsServer());
    }

    public InetSocketAddress address() {
        return dns.address();
    }

    /** An MX record and, when {@code address} is given, the exchanger's A record. */
    public void mx(String domain, int preference, String exchanger, String address) throws IOException {
        dns.mx(domain, preference, exchanger);
        if (address != null) {
            dns.a(exchanger, address);
        }
    }

    public void servfail(String name) throws IOException {
        dns.servfail(name);
    }

    @Override
    public void close() {
        dns.close();
    }
}
