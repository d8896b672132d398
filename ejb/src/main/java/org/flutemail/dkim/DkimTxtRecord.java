package org.flutemail.dkim;

import java.util.ArrayList;
import java.util.List;

/**
 * The DNS record that publishes a key (RFC 6376 3.6.1): {@code <selector>._domainkey.<domain>} with
 * a TXT value {@code v=DKIM1; k=rsa; p=...}. A TXT character-string holds at most 255 octets, so a
 * 2048-bit RSA key is published as several strings that resolvers join.
 */
public record DkimTxtRecord(String name, String value) {

    private static final int MAX_STRING = 255;

    public static DkimTxtRecord of(String selector, String domain, DkimAlgorithm algorithm, String publicKey) {
        return new DkimTxtRecord(selector + "._domainkey." + domain,
                "v=DKIM1; k=" + algorithm.keyType() + "; p=" + publicKey);
    }

    /** The value cut into character-strings of at most 255 octets. */
    public List<String> strings() {
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < value.length(); i += MAX_STRING) {
            strings.add(value.substring(i, Math.min(value.length(), i + MAX_STRING)));
        }
        return strings;
    }

    /** The record as a zone file line: {@code name. IN TXT "..." "..."}. */
    public String zoneLine() {
        StringBuilder line = new StringBuilder(name).append(". IN TXT");
        for (String s : strings()) {
            line.append(" \"").append(s).append('"');
        }
        return line.toString();
    }
}
