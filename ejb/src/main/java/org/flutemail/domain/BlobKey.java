package org.flutemail.domain;

import java.util.regex.Pattern;

/** The address of a blob: the lower-case hex SHA-256 of its bytes. */
public record BlobKey(String value) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public BlobKey {
        if (value == null || !SHA256_HEX.matcher(value).matches()) {
            // Keys become file names: anything else could walk out of the store's directory.
            throw new IllegalArgumentException("not a blob key: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
