package org.flutemail.spf;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed SPF record (RFC 7208 sections 4.6 and 12). The whole record is parsed before anything is
 * evaluated, because a syntax error anywhere makes the result permerror (4.6).
 */
record SpfRecord(List<Mechanism> mechanisms, String redirect, String explanation) {

    /**
     * One mechanism. {@code domainSpec} is null when the mechanism names none (the current domain);
     * {@code network}/{@code prefix} are for ip4 and ip6; {@code cidr4}/{@code cidr6} for a and mx.
     */
    record Mechanism(char qualifier, String name, String domainSpec, int cidr4, int cidr6, InetAddress network,
            int prefix) {
    }

    private static final Pattern MODIFIER = Pattern.compile("([A-Za-z][A-Za-z0-9._-]*)=(.*)");
    private static final Pattern MECHANISM = Pattern.compile("([+?~-]?)([A-Za-z][A-Za-z0-9._-]*)(.*)");
    private static final Pattern OPTIONAL_DOMAIN = Pattern.compile("(?::(.+?))?(?:/([0-9]+))?(?://([0-9]+))?");

    /** True when {@code txt} is an SPF record at all ("v=spf1" alone or followed by a space). */
    static boolean isSpf(String txt) {
        return txt.regionMatches(true, 0, "v=spf1", 0, 6) && (txt.length() == 6 || txt.charAt(6) == ' ');
    }

    static SpfRecord parse(String txt) {
        for (int i = 0; i < txt.length(); i++) {
            if (txt.charAt(i) > 126 || txt.charAt(i) < 32) {
                throw SpfException.perm("the record is not 7-bit ASCII text");
            }
        }
        List<Mechanism> mechanisms = new ArrayList<>();
        String redirect = null;
        String explanation = null;
        for (String term : txt.substring(6).split(" ")) {
            if (term.isEmpty()) {
                continue;
            }
            Matcher modifier = MODIFIER.matcher(term);
            if (modifier.matches()) {
                String name = modifier.group(1).toLowerCase(Locale.ROOT);
                String value = modifier.group(2);
                if (name.equals("redirect") || name.equals("exp")) {
                    if (name.equals("redirect") ? redirect != null : explanation != null) {
                        throw SpfException.perm(name + "= appears twice");
                    }
                    Macros.checkDomainSpec(value);
                    if (name.equals("redirect")) {
                        redirect = value;
                    } else {
                        explanation = value;
                    }
                } else {
                    Macros.checkMacroString(value);
                }
                continue;
            }
            mechanisms.add(mechanism(term));
        }
        return new SpfRecord(List.copyOf(mechanisms), redirect, explanation);
    }

    private static Mechanism mechanism(String term) {
        Matcher m = MECHANISM.matcher(term);
        if (!m.matches()) {
            throw SpfException.perm("'" + term + "' is no SPF term");
        }
        char qualifier = m.group(1).isEmpty() ? '+' : m.group(1).charAt(0);
        String name = m.group(2).toLowerCase(Locale.ROOT);
        String rest = m.group(3);
        switch (name) {
            case "all":
                if (!rest.isEmpty()) {
                    throw SpfException.perm("all takes no argument");
                }
                return new Mechanism(qualifier, name, null, 32, 128, null, 0);
            case "include":
            case "exists":
                if (!rest.startsWith(":")) {
                    throw SpfException.perm(name + " needs a domain");
                }
                Macros.checkDomainSpec(rest.substring(1));
                return new Mechanism(qualifier, name, rest.substring(1), 32, 128, null, 0);
            case "a":
            case "mx":
            case "ptr":
                return withOptionalDomain(qualifier, name, rest);
            case "ip4":
            case "ip6":
                return ip(qualifier, name, rest);
            default:
                throw SpfException.perm("unknown mechanism " + name);
        }
    }

    private static Mechanism withOptionalDomain(char qualifier, String name, String rest) {
        // The prefix lengths are at the end: a domain-spec may itself contain '/' (RFC 7208 7.1).
        Matcher t = OPTIONAL_DOMAIN.matcher(rest);
        if (!t.matches()) {
            throw SpfException.perm("'" + name + rest + "' is no SPF term");
        }
        String domain = t.group(1);
        if (domain != null) {
            Macros.checkDomainSpec(domain);
        }
        if (name.equals("ptr")) {
            if (t.group(2) != null || t.group(3) != null) {
                throw SpfException.perm("ptr takes no prefix length");
            }
            return new Mechanism(qualifier, name, domain, 32, 128, null, 0);
        }
        return new Mechanism(qualifier, name, domain, prefix(t.group(2), 32), prefix(t.group(3), 128), null, 0);
    }

    private static int prefix(String digits, int max) {
        if (digits == null) {
            return max;
        }
        if (!digits.matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(digits) > max) {
            throw SpfException.perm("prefix length " + digits + " is out of range");
        }
        return Integer.parseInt(digits);
    }

    private static Mechanism ip(char qualifier, String name, String rest) {
        if (!rest.startsWith(":")) {
            throw SpfException.perm(name + " needs an address");
        }
        String spec = rest.substring(1);
        int slash = spec.indexOf('/');
        String address = slash < 0 ? spec : spec.substring(0, slash);
        boolean v4 = name.equals("ip4");
        int max = v4 ? 32 : 128;
        int prefix = max;
        if (slash >= 0) {
            String p = spec.substring(slash + 1);
            if (!p.matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(p) > max) {
                throw SpfException.perm("bad prefix length in " + name + ":" + spec);
            }
            prefix = Integer.parseInt(p);
        }
        InetAddress network = v4 ? Network.ipv4(address) : Network.ipv6(address);
        if (network == null) {
            throw SpfException.perm("'" + address + "' is no " + (v4 ? "IPv4" : "IPv6") + " address");
        }
        return new Mechanism(qualifier, name, null, 32, 128, network, prefix);
    }
}
