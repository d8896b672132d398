package org.flutemail.spf;

import java.util.Locale;

/** The results of RFC 7208 section 2.6, as Authentication-Results reports them (RFC 8601 2.7.2). */
public enum SpfResult {
    NONE, NEUTRAL, PASS, FAIL, SOFTFAIL, TEMPERROR, PERMERROR;

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
