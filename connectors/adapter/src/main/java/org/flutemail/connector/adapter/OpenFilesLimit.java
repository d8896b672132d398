package org.flutemail.connector.adapter;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * The process's open-files limit ({@code ulimit -n}), which caps connections before any setting of
 * ours does: each connection is a file descriptor, and the server needs some for itself (jars, logs,
 * database, broker journal).
 */
final class OpenFilesLimit {

    private static final Logger LOG = Logger.getLogger(OpenFilesLimit.class.getName());
    /** Descriptors the server uses besides client connections, with room to spare. */
    static final long RESERVED = 1000;

    private OpenFilesLimit() {
    }

    static OptionalLong current() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.UnixOperatingSystemMXBean) {
            return OptionalLong.of(((com.sun.management.UnixOperatingSystemMXBean) os).getMaxFileDescriptorCount());
        }
        return OptionalLong.empty();
    }

    /** Says in the log when one port may accept more connections than the process can open files. */
    static void warnIfBelow(int maxConnections, String port) {
        OptionalLong limit = current();
        if (limit.isPresent() && limit.getAsLong() < maxConnections + RESERVED) {
            LOG.warning(() -> "the open-files limit of this process (" + limit.getAsLong() + ") is too low for the "
                    + maxConnections + " connections " + port + " may accept (plus about " + RESERVED
                    + " files for the server itself): raise it (ulimit -n, LimitNOFILE) or lower maxConnections;"
                    + " until then clients beyond the limit are not accepted");
        }
    }
}
