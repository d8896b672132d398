package org.flutemail.dkim;

/**
 * What came of checking one DKIM-Signature field.
 *
 * @param domain          {@code d=}, empty when the signature did not parse that far
 * @param selector        {@code s=}, likewise
 * @param signaturePrefix the first 8 characters of {@code b=}, to tell signatures of one domain apart
 *                        (RFC 6008)
 * @param reason          why it is not a pass, for people reading the header; empty for a pass
 */
public record DkimVerification(DkimResult result, String domain, String selector, String signaturePrefix,
        String reason) {

    static DkimVerification of(DkimResult result, Signature s, String reason) {
        return new DkimVerification(result, s.domain, s.selector, s.prefix(), reason);
    }

    /** The parts of a signature field a verification reports on, as far as they could be read. */
    static final class Signature {
        String domain = "";
        String selector = "";
        String b = "";

        String prefix() {
            return b.length() > 8 ? b.substring(0, 8) : b;
        }
    }
}
