package org.flutemail.dns;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A DNS zone in memory: records by name and type, CNAMEs followed, names that time out. */
public final class InMemoryDns implements DnsResolver {

    private final Map<String, List<String>> records = new HashMap<>();
    private final Set<String> timeouts = new HashSet<>();
    /** Every name asked for, in order, so tests can count look-ups. */
    public final List<String> asked = new ArrayList<>();

    /** Adds a record; {@code type} is TXT, A, AAAA, MX (value "preference host"), PTR or CNAME. */
    public InMemoryDns add(String name, String type, String value) {
        records.computeIfAbsent(key(name, type), k -> new ArrayList<>()).add(value);
        return this;
    }

    /** Look-ups of {@code name} fail as a timeout would. */
    public InMemoryDns timeout(String name) {
        timeouts.add(normalize(name));
        return this;
    }

    @Override
    public List<String> txt(String name) throws DnsException {
        return lookup(name, "TXT");
    }

    @Override
    public List<InetAddress> ipv4(String name) throws DnsException {
        return addresses(lookup(name, "A"));
    }

    @Override
    public List<InetAddress> ipv6(String name) throws DnsException {
        return addresses(lookup(name, "AAAA"));
    }

    @Override
    public List<String> mx(String name) throws DnsException {
        List<String[]> mx = lookup(name, "MX").stream().map(v -> v.trim().split("\\s+")).toList();
        return mx.stream().sorted((a, b) -> Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0])))
                .map(a -> a[1]).toList();
    }

    @Override
    public List<String> ptr(InetAddress address) throws DnsException {
        return lookup(reverseName(address), "PTR");
    }

    private List<String> lookup(String name, String type) throws DnsException {
        String n = normalize(name);
        asked.add(type + " " + n);
        for (int hops = 0; hops < 8; hops++) {
            if (timeouts.contains(n)) {
                throw new DnsException("timeout on " + n);
            }
            List<String> found = records.get(key(n, type));
            if (found != null) {
                return List.copyOf(found);
            }
            List<String> cname = records.get(key(n, "CNAME"));
            if (cname == null) {
                return List.of();
            }
            n = normalize(cname.get(0));
        }
        throw new DnsException("CNAME loop at " + name);
    }

    private static List<InetAddress> addresses(List<String> values) {
        List<InetAddress> result = new ArrayList<>();
        for (String v : values) {
            try {
                result.add(InetAddress.getByName(v));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an address literal: " + v, e);
            }
        }
        return result;
    }

    /** The in-addr.arpa or ip6.arpa name of an address. */
    public static String reverseName(InetAddress address) {
        byte[] b = address.getAddress();
        StringBuilder name = new StringBuilder();
        if (b.length == 4) {
            for (int i = 3; i >= 0; i--) {
                name.append(b[i] & 0xff).append('.');
            }
            return name.append("in-addr.arpa").toString();
        }
        for (int i = 15; i >= 0; i--) {
            name.append(Character.forDigit(b[i] & 0xf, 16)).append('.')
                    .append(Character.forDigit((b[i] >> 4) & 0xf, 16)).append('.');
        }
        return name.append("ip6.arpa").toString();
    }

    private static String key(String name, String type) {
        return type + " " + normalize(name);
    }

    private static String normalize(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
