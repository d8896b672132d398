package org.flutemail.protocol.smtp.client.route;

import java.net.IDN;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.Cache;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * RFC 5321 section 5.1 with dnsjava: MX records by preference, equal preferences shuffled to spread
 * load, each MX host resolved to its A then AAAA addresses; no MX means the domain itself is the
 * implicit MX; a lone {@code MX 0 .} is RFC 7505's "no mail here".
 *
 * <p>Errors lean towards "try later": NXDOMAIN and a domain with no address at all are the only
 * definite answers, because a bounce cannot be taken back while a retry costs little. In particular
 * MX hosts that do not resolve give {@link Resolution.TryLater}, not a bounce: that is usually a DNS
 * mistake its owner will fix, and the queue's lifetime bounds the wait anyway.
 *
 * <p>Each instance has its own cache, so answers are reused between deliveries but tests with
 * different DNS servers never see each other's.
 */
public final class DnsMailExchangerResolver implements MailExchangerResolver {

    private static final int SMTP_PORT = 25;

    private final Resolver resolver;
    private final Cache cache = new Cache(DClass.IN);
    private final Random random;
    private final int port;

    /**
     * @param resolver the DNS client to ask
     * @param port     the SMTP port to connect to; 25 except on test networks
     * @param random   shuffles MX hosts of equal preference
     */
    public DnsMailExchangerResolver(Resolver resolver, int port, Random random) {
        this.resolver = resolver;
        this.port = port;
        this.random = random;
    }

    /** Asks the servers of the machine's resolver configuration ({@code /etc/resolv.conf}). */
    public static DnsMailExchangerResolver usingSystemDns() {
        return new DnsMailExchangerResolver(new ExtendedResolver(), SMTP_PORT, new Random());
    }

    /** Asks one DNS server, e.g. the test DNS on {@code 127.0.0.1:5353}. */
    public static DnsMailExchangerResolver usingServer(InetSocketAddress server, Duration timeout, int smtpPort) {
        SimpleResolver simple = new SimpleResolver(server);
        simple.setTimeout(timeout);
        return new DnsMailExchangerResolver(simple, smtpPort, new Random());
    }

    @Override
    public Resolution resolve(String destination) {
        if (AddressLiteral.isLiteral(destination)) {
            return AddressLiteral.parse(destination)
                    .<Resolution>map(a -> new Resolution.Hosts(List.of(new RemoteHost(destination, a, port))))
                    .orElseGet(() -> new Resolution.Unroutable(Resolution.Reason.BAD_ADDRESS_LITERAL,
                            "not an address literal Flute can use: " + destination));
        }
        Optional<Name> domain = toName(destination);
        if (domain.isEmpty()) {
            return new Resolution.Unroutable(Resolution.Reason.NO_SUCH_DOMAIN, "not a domain name: " + destination);
        }
        Lookup mx = lookUp(domain.get(), Type.MX);
        switch (mx.getResult()) {
            case Lookup.SUCCESSFUL:
                return fromMxRecords(destination, mx.getAnswers());
            case Lookup.HOST_NOT_FOUND:
                return new Resolution.Unroutable(Resolution.Reason.NO_SUCH_DOMAIN, destination + ": no such domain");
            case Lookup.TYPE_NOT_FOUND:
                return implicitMx(destination, domain.get());
            default:
                return new Resolution.TryLater("MX look-up for " + destination + " failed: " + mx.getErrorString());
        }
    }

    private Resolution implicitMx(String destination, Name domain) {
        AddressSet addresses = addressesOf(domain);
        if (!addresses.found().isEmpty()) {
            return new Resolution.Hosts(toHosts(domain, addresses.found()));
        }
        if (addresses.temporaryFailure()) {
            return new Resolution.TryLater("address look-up for " + destination + " failed");
        }
        return new Resolution.Unroutable(Resolution.Reason.NO_MAIL_HOST, destination + " has no MX and no address");
    }

    private Resolution fromMxRecords(String destination, Record[] answers) {
        List<MXRecord> records = new ArrayList<>();
        for (Record r : answers) {
            if (r instanceof MXRecord m) {
                records.add(m);
            }
        }
        if (records.size() == 1 && records.get(0).getTarget().equals(Name.root) && records.get(0).getPriority() == 0) {
            return new Resolution.Unroutable(Resolution.Reason.NULL_MX, destination + " accepts no mail (null MX)");
        }
        List<RemoteHost> hosts = new ArrayList<>();
        Set<InetAddress> seen = new LinkedHashSet<>();
        for (Name exchanger : byPreference(records)) {
            for (InetAddress address : addressesOf(exchanger).found()) {
                if (seen.add(address)) {
                    hosts.add(new RemoteHost(hostName(exchanger), address, port));
                }
            }
        }
        if (hosts.isEmpty()) {
            return new Resolution.TryLater("no MX host of " + destination + " has an address");
        }
        return new Resolution.Hosts(hosts);
    }

    /** MX targets, lowest preference first, shuffled within a preference; stray null-MX targets dropped. */
    private List<Name> byPreference(List<MXRecord> records) {
        Map<Integer, List<Name>> groups = new TreeMap<>();
        for (MXRecord r : records) {
            if (!r.getTarget().equals(Name.root)) {
                groups.computeIfAbsent(r.getPriority(), p -> new ArrayList<>()).add(r.getTarget());
            }
        }
        List<Name> ordered = new ArrayList<>();
        for (List<Name> group : groups.values()) {
            Collections.shuffle(group, random);
            ordered.addAll(group);
        }
        return ordered;
    }

    private AddressSet addressesOf(Name host) {
        Lookup a = lookUp(host, Type.A);
        Lookup aaaa = lookUp(host, Type.AAAA);
        List<InetAddress> found = new ArrayList<>();
        addAddresses(a, found);
        addAddresses(aaaa, found);
        boolean temporary = isTemporary(a) || isTemporary(aaaa);
        return new AddressSet(found, temporary);
    }

    private static void addAddresses(Lookup lookup, List<InetAddress> into) {
        if (lookup.getResult() != Lookup.SUCCESSFUL) {
            return;
        }
        for (Record r : lookup.getAnswers()) {
            if (r instanceof ARecord a) {
                into.add(a.getAddress());
            } else if (r instanceof AAAARecord aaaa) {
                into.add(aaaa.getAddress());
            }
        }
    }

    private static boolean isTemporary(Lookup lookup) {
        int result = lookup.getResult();
        return result == Lookup.TRY_AGAIN || result == Lookup.UNRECOVERABLE;
    }

    private Lookup lookUp(Name name, int type) {
        Lookup lookup = new Lookup(name, type);
        lookup.setResolver(resolver);
        lookup.setCache(cache);
        lookup.setHostsFileParser(null); // DNS only: /etc/hosts must not redirect mail
        lookup.run();
        return lookup;
    }

    private List<RemoteHost> toHosts(Name host, List<InetAddress> addresses) {
        return addresses.stream().map(a -> new RemoteHost(hostName(host), a, port)).toList();
    }

    private static String hostName(Name name) {
        return name.toString(true);
    }

    private static Optional<Name> toName(String destination) {
        try {
            String ascii = IDN.toASCII(destination.endsWith(".") ? destination : destination + ".");
            return Optional.of(Name.fromString(ascii.endsWith(".") ? ascii : ascii + "."));
        } catch (IllegalArgumentException | TextParseException invalid) {
            return Optional.empty();
        }
    }

    /** The addresses found, and whether a look-up failed only for now. */
    private record AddressSet(List<InetAddress> found, boolean temporaryFailure) {
    }
}
