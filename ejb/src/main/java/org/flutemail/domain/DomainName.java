package org.flutemail.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks and normalises DNS domain names as Flute stores them: lower case, no trailing dot. */
public final class DomainName {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private DomainName() {
    }

    public static String normalize(String name) {
        if (name == null) {
            throw new InvalidAddressException("a domain name is required");
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) {
            // A trailing dot is a relay trick as often as it is a fully qualified name: refuse it.
            throw new InvalidAddressException("'" + name + "' ends with a dot");
        }
        if (n.isEmpty() || n.length() > 253) {
            throw new InvalidAddressException("a domain name must have 1 to 253 characters");
        }
        for (String label : n.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                throw new InvalidAddressException("'" + name + "' is not a valid domain name");
            }
        }
        return n;
    }
}
