package org.flutemail.dkim;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A published key (RFC 6376 3.6.1), checked for use with one signature algorithm.
 *
 * @param strict {@code t=s}: the signature's {@code i=} must be in exactly the domain {@code d=}
 */
record DkimKeyRecord(PublicKey key, boolean strict) {

    /** @throws GeneralSecurityException when the record is malformed, revoked or unfit for {@code algorithm} */
    static DkimKeyRecord parse(String text, DkimAlgorithm algorithm) throws GeneralSecurityException {
        TagList tags;
        try {
            tags = TagList.parse(text);
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("key record syntax: " + e.getMessage());
        }
        String version = tags.get("v").orElse("DKIM1");
        if (!version.equals("DKIM1")) {
            throw new GeneralSecurityException("key record version " + version);
        }
        String keyType = tags.get("k").orElse("rsa");
        if (!keyType.equalsIgnoreCase(algorithm.keyType())) {
            throw new GeneralSecurityException("key type " + keyType + " does not fit " + algorithm.tag());
        }
        if (tags.get("h").map(h -> !values(h).contains("sha256")).orElse(false)) {
            throw new GeneralSecurityException("key does not allow sha256");
        }
        if (tags.get("s").map(s -> !values(s).contains("*") && !values(s).contains("email")).orElse(false)) {
            throw new GeneralSecurityException("key is not for email");
        }
        String p = TagList.compact(tags.get("p").orElseThrow(() -> new GeneralSecurityException("key has no p=")));
        if (p.isEmpty()) {
            throw new GeneralSecurityException("key revoked");
        }
        PublicKey key;
        try {
            key = algorithm.publicKey(Base64.getDecoder().decode(p));
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("key p= is not base64");
        }
        if (DkimAlgorithm.tooWeak(key)) {
            throw new GeneralSecurityException("RSA key shorter than 1024 bits");
        }
        boolean strict = tags.get("t").map(t -> values(t).contains("s")).orElse(false);
        return new DkimKeyRecord(key, strict);
    }

    private static List<String> values(String colonSeparated) {
        return Arrays.stream(colonSeparated.split(":")).map(String::strip).toList();
    }
}
