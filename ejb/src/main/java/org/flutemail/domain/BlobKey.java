package org.flutemail.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The address of a blob: the lower-case hex SHA-256 of its bytes. */
public record BlobKey(String value) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final List<String> PREFIXES = twoHexDigits();

    public BlobKey {
        if (!isKey(value)) {
            // Keys become file names: anything else could walk out of the store's directory.
            throw new IllegalArgumentException("not a blob key: " + value);
        }
    }

    public static boolean isKey(String value) {
        return value != null && SHA256_HEX.matcher(value).matches();
    }

    /** "00" to "ff": the 256 parts of the key space, each of which a sweep takes in turn. */
    public static List<String> prefixes() {
        return PREFIXES;
    }

    @Override
    public String toString() {
        return value;
    }

    private static List<String> twoHexDigits() {
        List<String> all = new ArrayList<>(256);
        for (int i = 0; i < 256; i++) {
            all.add(String.format("%02x", i));
        }
        return List.copyOf(all);
    }
}
