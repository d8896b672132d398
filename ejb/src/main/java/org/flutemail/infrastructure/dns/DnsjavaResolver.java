package org.flutemail.infrastructure.dns;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.flutemail.dns.DnsException;
import org.flutemail.dns.DnsResolver;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.Cache;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * {@link DnsResolver} on dnsjava. "Name does not exist" and "no such record" are empty answers, as SPF
 * needs them to count void look-ups; timeouts and server failures are {@link DnsException}s.
 *
 * <p>Answers are cached by dnsjava for their TTL. Failures are cached too, for a minute: a domain
 * whose servers do not answer would otherwise cost every message from it a full time-out, and
 * these look-ups run while a message is being delivered.
 *
 * <p>"No such name" and "no such record" are kept for {@link #EMPTY_TTL} as well. dnsjava keeps them
 * only for as long as the SOA record that should come with them says, and some servers send none:
 * then every message from a domain without SPF asked the server again, hundreds of times a second
 * under load. A server that limits each client's rate (as many do) then drops some of those
 * questions, and every delivery thread that asked at that moment waited out the time-out (measured
 * in the ingest benchmark: delivery stopped for five seconds about once a minute,
 * docs/performance.md, twelfth round).
 */
public final class DnsjavaResolver implements DnsResolver {

    private static final Duration FAILURE_TTL = Duration.ofMinutes(1);
    static final Duration EMPTY_TTL = Duration.ofSeconds(30);
    /** Outcomes kept at most before the expired ones are swept out. */
    private static final int MAX_KEPT = 10_000;
    private static final Record[] NONE = new Record[0];

    private final Resolver resolver;
    private final Supplier<Instant> time;

    private final Cache cache = new Cache(DClass.IN);
    private final Map<String, KeptOutcome> kept = new ConcurrentHashMap<>();

    /** A look-up's outcome that dnsjava's cache does not hold: a failure, or (null) an empty answer. */
    private record KeptOutcome(DnsException failure, Instant until) {
    }

    public DnsjavaResolver(Resolver resolver, Duration timeout) {
        this(resolver, timeout, Instant::now);
    }

    DnsjavaResolver(Resolver resolver, Duration timeout, Supplier<Instant> time) {
        this.resolver = resolver;
        this.time = time;
        resolver.setTimeout(timeout);
    }

    @Override
    public List<String> txt(String name) throws DnsException {
        List<String> values = new ArrayList<>();
        for (Record r : lookUp(name, Type.TXT)) {
            StringBuilder joined = new StringBuilder();
            // Octets as they are (ISO-8859-1), not dnsjava's escaped text: SPF must see non-ASCII to refuse it.
            for (byte[] s : ((TXTRecord) r).getStringsAsByteArrays()) {
                joined.append(new String(s, StandardCharsets.ISO_8859_1));
            }
            values.add(joined.toString());
        }
        return values;
    }

    @Override
    public List<InetAddress> ipv4(String name) throws DnsException {
        return Arrays.stream(lookUp(name, Type.A)).map(r -> ((ARecord) r).getAddress()).toList();
    }

    @Override
    public List<InetAddress> ipv6(String name) throws DnsException {
        return Arrays.stream(lookUp(name, Type.AAAA)).map(r -> ((AAAARecord) r).getAddress()).toList();
    }

    @Override
    public List<String> mx(String name) throws DnsException {
        return Arrays.stream(lookUp(name, Type.MX)).map(r -> (MXRecord) r)
                .sorted(Comparator.comparingInt(MXRecord::getPriority))
                .map(r -> r.getTarget().toString(true)).toList();
    }

    @Override
    public List<String> ptr(InetAddress address) throws DnsException {
        return Arrays.stream(lookUp(ReverseMap.fromAddress(address), Type.PTR))
                .map(r -> ((PTRRecord) r).getTarget().toString(true)).toList();
    }

    private Record[] lookUp(String name, int type) throws DnsException {
        try {
            return lookUp(Name.fromString(name.endsWith(".") ? name : name + "."), type);
        } catch (TextParseException e) {
            return new Record[0]; // a name that cannot exist has no records
        }
    }

    private Record[] lookUp(Name name, int type) throws DnsException {
        String key = type + " " + name;
        KeptOutcome known = kept.get(key);
        if (known != null) {
            if (time.get().isBefore(known.until())) {
                if (known.failure() != null) {
                    throw known.failure();
                }
                return NONE;
            }
            kept.remove(key, known);
        }
        Lookup lookup = new Lookup(name, type);
        lookup.setResolver(resolver);
        lookup.setCache(cache);
        Record[] records = lookup.run();
        switch (lookup.getResult()) {
            case Lookup.SUCCESSFUL:
                return records;
            case Lookup.HOST_NOT_FOUND:
            case Lookup.TYPE_NOT_FOUND:
                keep(key, null, EMPTY_TTL);
                return NONE;
            default:
                DnsException failure = new DnsException(Type.string(type) + " " + name + ": " + lookup.getErrorString());
                keep(key, failure, FAILURE_TTL);
                throw failure;
        }
    }

    /** Keeps an outcome for {@code ttl}, first sweeping out the expired ones when there are many. */
    private void keep(String key, DnsException failure, Duration ttl) {
        Instant now = time.get();
        if (kept.size() >= MAX_KEPT) {
            kept.values().removeIf(k -> k.until().isBefore(now));
        }
        kept.put(key, new KeptOutcome(failure, now.plus(ttl)));
    }
}
