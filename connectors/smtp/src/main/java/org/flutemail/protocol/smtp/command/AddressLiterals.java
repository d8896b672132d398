package org.flutemail.protocol.smtp.command;

import java.util.regex.Pattern;

/**
 * Checks the inside of an RFC 5321 (section 4.1.3) address literal {@code [...]}. Purely textual:
 * nothing here may resolve a name, since the input comes from an untrusted client.
 */
final class AddressLiterals {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6_BODY = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern GENERAL = Pattern.compile(
            "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?:[\\x21-\\x5a\\x5e-\\x7e]+");

    private AddressLiterals() {
    }

    static boolean isValid(String literal) {
        if (literal.regionMatches(true, 0, "IPv6:", 0, 5)) {
            return isIpv6(literal.substring(5));
        }
        var ipv4 = IPV4.matcher(literal);
        if (ipv4.matches()) {
            for (int group = 1; group <= 4; group++) {
                if (Integer.parseInt(ipv4.group(group)) > 255) {
                    return false;
                }
            }
            return true;
        }
        return GENERAL.matcher(literal).matches();
    }

    private static boolean isIpv6(String body) {
        if (!IPV6_BODY.matcher(body).matches() || body.contains(":::")) {
            return false;
        }
        int doubleColon = body.indexOf("::");
        return doubleColon < 0 ? body.chars().filter(c -> c == ':').count() >= 2
                : body.indexOf("::", doubleColon + 1) < 0;
    }
}
