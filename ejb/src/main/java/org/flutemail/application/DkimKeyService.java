package org.flutemail.application;

import java.time.Instant;
import java.util.List;

/**
 * The DKIM keys a domain signs its outgoing mail with, and the DNS records that publish them. A key
 * signs only once its record is in DNS for receivers to find; publishing it is the administrator's job.
 */
public interface DkimKeyService {

    /**
     * A key as administrators see it: never its private half.
     *
     * @param dnsName  where the record goes: {@code <selector>._domainkey.<domain>}
     * @param dnsValue the TXT value, {@code v=DKIM1; k=rsa; p=...}
     * @param dnsStrings the value cut into character-strings of at most 255 octets, as DNS holds it
     * @param zoneLine the record as a zone file line
     */
    record DkimKeyView(String domain, String selector, String algorithm, boolean active, Instant createdAt,
            String dnsName, String dnsValue, List<String> dnsStrings, String zoneLine) {
    }

    List<DkimKeyView> list(String domain);

    /**
     * Makes a new active key.
     *
     * @param selector  null for {@code flute<year>} (with a suffix if that is taken)
     * @param algorithm {@code rsa-sha256} (2048 bits; null means this) or {@code ed25519-sha256}
     */
    DkimKeyView generate(String domain, String selector, String algorithm);

    DkimKeyView activate(String domain, String selector);

    DkimKeyView deactivate(String domain, String selector);

    void delete(String domain, String selector);
}
