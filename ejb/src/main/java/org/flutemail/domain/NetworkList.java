package org.flutemail.domain;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of IP networks in CIDR notation ({@code 192.0.2.0/24}, {@code 2001:db8::/32}, or a single
 * address), and whether an address falls in one of them. Parsing takes only literal addresses,
 * never names, so it cannot trigger a DNS look-up.
 */
public final class NetworkList {

    private record Network(byte[] prefix, int bits) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int total = address.length * 8;
            BigInteger mask = bits == 0 ? BigInteger.ZERO
                    : BigInteger.ONE.shiftLeft(total).subtract(BigInteger.ONE).shiftRight(total - bits).shiftLeft(total - bits);
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, prefix).and(mask));
        }
    }

    private final List<Network> networks;

    private NetworkList(List<Network> networks) {
        this.networks = List.copyOf(networks);
    }

    /** Parses a comma-separated list; blank means empty. */
    public static NetworkList parse(String text) {
        List<Network> parsed = new ArrayList<>();
        if (text != null) {
            for (String item : text.split(",")) {
                String cidr = item.trim();
                if (cidr.isEmpty()) {
                    continue;
                }
                int slash = cidr.indexOf('/');
                byte[] prefix = literal(slash < 0 ? cidr : cidr.substring(0, slash));
                int bits = slash < 0 ? prefix.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
                if (bits < 0 || bits > prefix.length * 8) {
                    throw new IllegalArgumentException("'" + cidr + "' has a prefix length out of range");
                }
                parsed.add(new Network(prefix, bits));
            }
        }
        return new NetworkList(parsed);
    }

    public boolean contains(String address) {
        byte[] bytes;
        try {
            bytes = literal(address);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return networks.stream().anyMatch(n -> n.contains(bytes));
    }

    public boolean isEmpty() {
        return networks.isEmpty();
    }

    private static byte[] literal(String text) {
        String t = text.trim();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        boolean looksLiteral = t.indexOf(':') >= 0 || t.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        if (!looksLiteral) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address");
        }
        try {
            return InetAddress.getByName(t).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address", e);
        }
    }
}
