package org.flutemail.application.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the RFC 3463 status in a remote reply, or derives one from its basic code. */
final class StatusCodes {

    private static final Pattern REPLY = Pattern.compile("^\\s*([245])\\d\\d[ -]+(([245])\\.\\d{1,3}\\.\\d{1,3})?");

    private StatusCodes() {
    }

    /** e.g. {@code "550 5.1.1 no such user"} gives 5.1.1, {@code "554 no"} gives 5.0.0. */
    static String of(String reply, boolean permanent) {
        if (reply != null) {
            Matcher m = REPLY.matcher(reply);
            if (m.find()) {
                if (m.group(2) != null) {
                    return m.group(2);
                }
                return m.group(1) + ".0.0";
            }
        }
        // No reply at all (connection trouble, or a resolver answer): RFC 3463 4.4.x / 5.4.x network codes.
        return permanent ? "5.4.4" : "4.4.1";
    }
}
