package org.flutemail.dkim;

import java.util.Locale;

/** The DKIM results of RFC 8601 section 2.7.1, as Authentication-Results reports them. */
public enum DkimResult {
    /** No signature at all. */
    NONE,
    PASS,
    /** Signature or body hash did not verify, or the signature has expired. */
    FAIL,
    /** The signature could not be processed: bad syntax, an algorithm we do not accept. */
    NEUTRAL,
    /** The key could not be fetched now. */
    TEMPERROR,
    /** The key is missing, revoked, malformed or unfit for this signature. */
    PERMERROR;

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
