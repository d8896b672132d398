package org.flutemail.spf;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import org.flutemail.dns.DnsException;
import org.flutemail.dns.DnsResolver;
import org.flutemail.spf.SpfRecord.Mechanism;

/**
 * RFC 7208 check_host(). One evaluator serves one check: it counts the DNS look-ups of that check,
 * includes and redirects included, against the limits of section 4.6.4.
 */
public final class SpfEvaluator {

    static final int MAX_LOOKUPS = 10;
    static final int MAX_VOID_LOOKUPS = 2;

    private final DnsResolver dns;
    private int lookups;
    private int voidLookups;

    private SpfEvaluator(DnsResolver dns) {
        this.dns = dns;
    }

    /** What came of a check, and for which identity ({@code smtp.mailfrom} or {@code smtp.helo}). */
    public record Outcome(SpfResult result, String identity, boolean helo, String reason) {
    }

    /**
     * @param mailFrom the reverse path; empty for the null sender, when HELO is checked instead
     * @param helo     the HELO/EHLO name
     */
    public static Outcome check(DnsResolver dns, InetAddress client, String mailFrom, String helo) {
        boolean nullSender = mailFrom.isEmpty();
        String sender = nullSender ? "postmaster@" + helo : mailFrom;
        int at = sender.lastIndexOf('@');
        if (at == 0) {
            sender = "postmaster" + sender; // RFC 7208 4.3: no local part means postmaster
            at = sender.lastIndexOf('@');
        }
        String domain = at < 0 ? "" : sender.substring(at + 1);
        SpfEvaluator evaluator = new SpfEvaluator(dns);
        try {
            SpfResult r = evaluator.checkHost(client, domain, sender, helo);
            return new Outcome(r, nullSender ? helo : sender, nullSender, "");
        } catch (SpfException e) {
            return new Outcome(e.result, nullSender ? helo : sender, nullSender, e.getMessage());
        }
    }

    private SpfResult checkHost(InetAddress ip, String domain, String sender, String helo) {
        if (!wellFormed(domain)) {
            return SpfResult.NONE;
        }
        List<String> spf;
        try {
            spf = dns.txt(domain).stream().filter(SpfRecord::isSpf).toList();
        } catch (DnsException e) {
            throw SpfException.temp("DNS failed for " + domain);
        }
        if (spf.isEmpty()) {
            return SpfResult.NONE;
        }
        if (spf.size() > 1) {
            throw SpfException.perm(domain + " has more than one SPF record");
        }
        SpfRecord record = SpfRecord.parse(spf.get(0));
        Macros.Context macros = new Macros.Context(sender, domain, ip, helo, "unknown");
        for (Mechanism m : record.mechanisms()) {
            if (matches(m, ip, domain, sender, helo, macros)) {
                return result(m.qualifier());
            }
        }
        if (record.redirect() != null) {
            countLookup();
            String target = Macros.expandDomain(record.redirect(), withValidatedName(macros, ip, domain, record.redirect()));
            SpfResult r = checkHost(ip, target, sender, helo);
            if (r == SpfResult.NONE) {
                throw SpfException.perm("redirect to " + target + ", which has no SPF record");
            }
            return r;
        }
        return SpfResult.NEUTRAL;
    }

    private boolean matches(Mechanism m, InetAddress ip, String domain, String sender, String helo,
            Macros.Context macros) {
        switch (m.name()) {
            case "all":
                return true;
            case "ip4":
            case "ip6":
                return Network.contains(m.network(), m.prefix(), ip);
            case "include":
                countLookup();
                return include(ip, target(m, domain, macros, ip), sender, helo);
            case "a":
                countLookup();
                return anyIn(addresses(target(m, domain, macros, ip), ip, true), m, ip);
            case "mx":
                countLookup();
                return mx(target(m, domain, macros, ip), m, ip);
            case "ptr":
                countLookup();
                return validatedName(ip, target(m, domain, macros, ip)) != null;
            case "exists":
                countLookup();
                return !addresses(target(m, domain, macros, ip), Inet4Address.class, true).isEmpty();
            default:
                throw SpfException.perm("unknown mechanism " + m.name());
        }
    }

    private boolean include(InetAddress ip, String target, String sender, String helo) {
        SpfResult r = checkHost(ip, target, sender, helo);
        switch (r) {
            case PASS:
                return true;
            case FAIL:
            case SOFTFAIL:
            case NEUTRAL:
                return false;
            case NONE:
                throw SpfException.perm("include of " + target + ", which has no SPF record");
            default:
                throw SpfException.perm("include of " + target + " ended in " + r.keyword());
        }
    }

    private boolean mx(String target, Mechanism m, InetAddress ip) {
        List<String> exchanges;
        try {
            exchanges = dns.mx(target);
        } catch (DnsException e) {
            throw SpfException.temp("DNS failed for MX " + target);
        }
        countVoid(exchanges.isEmpty());
        if (exchanges.size() > MAX_LOOKUPS) {
            throw SpfException.perm("MX of " + target + " names more than " + MAX_LOOKUPS + " hosts");
        }
        for (String exchange : exchanges) {
            if (anyIn(addresses(exchange, ip, false), m, ip)) {
                return true;
            }
        }
        return false;
    }

    private boolean anyIn(List<InetAddress> addresses, Mechanism m, InetAddress ip) {
        int prefix = ip instanceof Inet4Address ? m.cidr4() : m.cidr6();
        return addresses.stream().anyMatch(a -> Network.contains(a, prefix, ip));
    }

    /** A or AAAA records, whichever fits the client's address family. */
    private List<InetAddress> addresses(String name, InetAddress like, boolean countVoid) {
        return addresses(name, like instanceof Inet4Address ? Inet4Address.class : InetAddress.class, countVoid);
    }

    private List<InetAddress> addresses(String name, Class<?> family, boolean countVoid) {
        if (!wellFormed(name)) {
            countVoid(countVoid);
            return List.of();
        }
        try {
            List<InetAddress> found = family == Inet4Address.class ? dns.ipv4(name) : dns.ipv6(name);
            countVoid(countVoid && found.isEmpty());
            return found;
        } catch (DnsException e) {
            throw SpfException.temp("DNS failed for " + name);
        }
    }

    /**
     * The client's name, checked forward (RFC 7208 5.5): a PTR name in or below {@code target} whose
     * addresses include the client's; null if none. DNS errors here only mean "no match".
     */
    private String validatedName(InetAddress ip, String target) {
        List<String> names;
        try {
            names = dns.ptr(ip);
        } catch (DnsException e) {
            return null;
        }
        String t = target.toLowerCase(Locale.ROOT);
        for (String name : names.subList(0, Math.min(names.size(), MAX_LOOKUPS))) {
            String n = name.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
            if (!n.equals(t) && !n.endsWith("." + t)) {
                continue;
            }
            try {
                List<InetAddress> forward = ip instanceof Inet4Address ? dns.ipv4(n) : dns.ipv6(n);
                if (forward.contains(ip)) {
                    return n;
                }
            } catch (DnsException e) {
                // try the next name
            }
        }
        return null;
    }

    private String target(Mechanism m, String domain, Macros.Context macros, InetAddress ip) {
        return m.domainSpec() == null ? domain
                : Macros.expandDomain(m.domainSpec(), withValidatedName(macros, ip, domain, m.domainSpec()));
    }

    /** The "p" macro costs DNS look-ups, so its value is found only when a spec uses it. */
    private Macros.Context withValidatedName(Macros.Context c, InetAddress ip, String domain, String spec) {
        if (!spec.toLowerCase(Locale.ROOT).contains("%{p")) {
            return c;
        }
        String name = validatedName(ip, domain);
        return new Macros.Context(c.sender(), c.domain(), c.ip(), c.helo(), name == null ? "unknown" : name);
    }

    private void countLookup() {
        if (++lookups > MAX_LOOKUPS) {
            throw SpfException.perm("more than " + MAX_LOOKUPS + " DNS look-ups");
        }
    }

    private void countVoid(boolean isVoid) {
        if (isVoid && ++voidLookups > MAX_VOID_LOOKUPS) {
            throw SpfException.perm("more than " + MAX_VOID_LOOKUPS + " void look-ups");
        }
    }

    private static SpfResult result(char qualifier) {
        switch (qualifier) {
            case '-':
                return SpfResult.FAIL;
            case '~':
                return SpfResult.SOFTFAIL;
            case '?':
                return SpfResult.NEUTRAL;
            default:
                return SpfResult.PASS;
        }
    }

    /** A multi-label name with labels of 1 to 63 characters (RFC 7208 4.3); anything else gives none. */
    static boolean wellFormed(String domain) {
        String d = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
        if (d.isEmpty() || d.length() > 253 || !d.contains(".") || d.startsWith("[")) {
            return false;
        }
        for (String label : d.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > 63) {
                return false;
            }
        }
        return true;
    }
}
