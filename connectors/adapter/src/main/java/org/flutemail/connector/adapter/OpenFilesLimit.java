package org.flutemail.connector.adapter;

import java.lang.management.ManagementFactory;
import java.util.OptionalLong;
import java.util.logging.Logger;

import javax.management.JMException;
import javax.management.ObjectName;

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

    /**
     * Read as an MBean attribute: the {@code com.sun.management} interface that declares it is not
     * visible to deployments in the container.
     */
    static OptionalLong current() {
        try {
            Object limit = ManagementFactory.getPlatformMBeanServer()
                    .getAttribute(new ObjectName(ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME), "MaxFileDescriptorCount");
            return limit instanceof Number ? OptionalLong.of(((Number) limit).longValue()) : OptionalLong.empty();
        } catch (JMException | RuntimeException e) {
            return OptionalLong.empty(); // not a Unix JVM
        }
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
