package org.flutemail.protocol.smtp.client.route;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * RFC 5321 section 4.1.3 address literals, {@code [192.0.2.1]} and {@code [IPv6:2001:db8::1]}. Mail
 * to them goes straight to that address, port 25, without DNS. Parsed by pattern first so that
 * {@link InetAddress#getByName} never falls back to a name look-up.
 */
final class AddressLiteral {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private AddressLiteral() {
    }

    static boolean isLiteral(String destination) {
        return destination.startsWith("[") && destination.endsWith("]");
    }

    /** The address, or empty when the literal is malformed or of a tag Flute does not speak. */
    static Optional<InetAddress> parse(String literal) {
        String inner = literal.substring(1, literal.length() - 1);
        try {
            if (IPV4.matcher(inner).matches()) {
                return Optional.of(InetAddress.getByName(inner));
            }
            if (inner.regionMatches(true, 0, "IPv6:", 0, 5)) {
                String v6 = inner.substring(5);
                if (IPV6.matcher(v6).matches() && v6.contains(":")) {
                    return Optional.of(InetAddress.getByName("[" + v6 + "]"));
                }
            }
        } catch (UnknownHostException malformed) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
