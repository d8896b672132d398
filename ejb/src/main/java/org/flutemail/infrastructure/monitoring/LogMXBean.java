package org.flutemail.infrastructure.monitoring;

import java.util.List;

/** {@code org.flutemail:type=Log}: warnings and errors logged since the start, and the latest of them. */
public interface LogMXBean {

    long getErrorsTotal();

    long getWarningsTotal();

    /** The last 100 warnings and errors, newest first: "time LEVEL logger: message (root cause)". */
    List<String> getRecent();
}
