package org.flutemail.spf;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Whether an address lies in a network given by an address and a prefix length. */
final class Network {

    private Network() {
    }

    static boolean contains(InetAddress network, int prefix, InetAddress address) {
        byte[] n = network.getAddress();
        byte[] a = address.getAddress();
        if (n.length != a.length) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((n[bit / 8] & mask) != (a[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** A dotted-quad IPv4 literal, strictly (four decimal octets), or null. */
    static InetAddress ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!parts[i].matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(parts[i]) > 255) {
                return null;
            }
            b[i] = (byte) Integer.parseInt(parts[i]);
        }
        return literal(b);
    }

    /** An IPv6 literal (RFC 4291 text forms), or null. Never asks DNS. */
    static InetAddress ipv6(String text) {
        if (!text.contains(":") || !text.matches("[0-9A-Fa-f:.]+")) {
            return null;
        }
        try {
            InetAddress a = InetAddress.getByName(text);
            if (a.getAddress().length == 16) {
                return a;
            }
            // Java turns ::ffff:a.b.c.d into an IPv4 address; as an ip6 network it must stay IPv6.
            byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xff;
            mapped[11] = (byte) 0xff;
            System.arraycopy(a.getAddress(), 0, mapped, 12, 4);
            return Inet6Address.getByAddress(null, mapped, -1);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static InetAddress literal(byte[] b) {
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
