package org.flutemail.spf;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SPF macros (RFC 7208 section 7): syntax checks at parse time, expansion at evaluation time. */
final class Macros {

    private static final Pattern MACRO = Pattern.compile("%\\{([A-Za-z])([0-9]*)(r?)([.+,/_=-]*)\\}",
            Pattern.CASE_INSENSITIVE);
    /** A top label: letters, digits and inner hyphens, not all digits (RFC 7208 section 7.1 "toplabel"). */
    private static final Pattern DOMAIN_END = Pattern.compile(
            ".*\\.(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.?");

    /** What macros expand to for one check_host() call. */
    record Context(String sender, String domain, InetAddress ip, String helo, String validatedName) {
    }

    private Macros() {
    }

    /** macro-string: visible ASCII, with % only in %%, %_, %- and %{...}. */
    static void checkMacroString(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw SpfException.perm("invalid character in '" + s + "'");
            }
            if (c == '%') {
                i = macroEnd(s, i);
            }
        }
    }

    /** domain-spec: a macro-string that ends in a macro or in "." and a top label. */
    static void checkDomainSpec(String s) {
        if (s.isEmpty()) {
            throw SpfException.perm("empty domain");
        }
        checkMacroString(s);
        boolean endsInMacro = s.endsWith("}") || s.endsWith("%%") || s.endsWith("%_") || s.endsWith("%-");
        if (!endsInMacro && !DOMAIN_END.matcher(s).matches()) {
            throw SpfException.perm("'" + s + "' does not end in a top-level domain");
        }
    }

    /** Index of the last character of the macro starting at {@code i}. */
    private static int macroEnd(String s, int i) {
        if (i + 1 >= s.length()) {
            throw SpfException.perm("'%' at the end of '" + s + "'");
        }
        char next = s.charAt(i + 1);
        if (next == '%' || next == '_' || next == '-') {
            return i + 1;
        }
        Matcher m = MACRO.matcher(s);
        if (next != '{' || !m.find(i) || m.start() != i) {
            throw SpfException.perm("bad macro in '" + s + "'");
        }
        if ("slodiphv".indexOf(Character.toLowerCase(m.group(1).charAt(0))) < 0) {
            throw SpfException.perm("macro letter " + m.group(1) + " is not allowed here");
        }
        if (!m.group(2).isEmpty() && Integer.parseInt(m.group(2)) == 0) {
            throw SpfException.perm("a macro cannot keep zero parts");
        }
        return m.end() - 1;
    }

    /** Expands a domain-spec; a result longer than 253 characters loses labels on the left. */
    static String expandDomain(String spec, Context c) {
        String d = expand(spec, c);
        if (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        while (d.length() > 253 && d.indexOf('.') >= 0) {
            d = d.substring(d.indexOf('.') + 1);
        }
        return d;
    }

    static String expand(String s, Context c) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != '%') {
                out.append(ch);
                continue;
            }
            char next = s.charAt(i + 1);
            if (next == '%' || next == '_' || next == '-') {
                out.append(next == '%' ? "%" : next == '_' ? " " : "%20");
                i++;
                continue;
            }
            Matcher m = MACRO.matcher(s);
            m.find(i);
            out.append(transform(value(Character.toLowerCase(m.group(1).charAt(0)), c), m.group(2),
                    !m.group(3).isEmpty(), m.group(4), Character.isUpperCase(m.group(1).charAt(0))));
            i = m.end() - 1;
        }
        return out.toString();
    }

    private static String value(char letter, Context c) {
        switch (letter) {
            case 's':
                return c.sender();
            case 'l':
                return c.sender().substring(0, c.sender().lastIndexOf('@'));
            case 'o':
                return c.sender().substring(c.sender().lastIndexOf('@') + 1);
            case 'd':
                return c.domain();
            case 'i':
                return dotted(c.ip());
            case 'p':
                return c.validatedName();
            case 'v':
                return c.ip() instanceof Inet4Address ? "in-addr" : "ip6";
            case 'h':
                return c.helo();
            default:
                throw SpfException.perm("macro letter " + letter);
        }
    }

    private static String transform(String value, String digits, boolean reverse, String delimiters,
            boolean escape) {
        String split = delimiters.isEmpty() ? "." : delimiters;
        StringBuilder set = new StringBuilder("[");
        split.chars().forEach(ch -> set.append('\\').append((char) ch));
        List<String> parts = new ArrayList<>(List.of(value.split(set.append(']').toString(), -1)));
        if (reverse) {
            Collections.reverse(parts);
        }
        if (!digits.isEmpty()) {
            int keep = (int) Math.min(Long.parseLong(digits.length() > 9 ? "999999999" : digits), parts.size());
            parts = parts.subList(parts.size() - keep, parts.size());
        }
        String joined = String.join(".", parts);
        return escape ? URLEncoder.encode(joined, StandardCharsets.UTF_8).replace("+", "%20") : joined;
    }

    /** The "i" macro: dotted decimal for IPv4, dotted nibbles for IPv6 (RFC 7208 7.3). */
    private static String dotted(InetAddress ip) {
        byte[] b = ip.getAddress();
        if (b.length == 4) {
            return ip.getHostAddress();
        }
        List<String> nibbles = new ArrayList<>();
        for (byte x : b) {
            nibbles.add(Integer.toHexString((x >> 4) & 0xf));
            nibbles.add(Integer.toHexString(x & 0xf));
        }
        return String.join(".", nibbles).toLowerCase(Locale.ROOT);
    }
}
