package org.flutemail.infrastructure.monitoring;

/** {@code org.flutemail:type=Host}: the database, the data directory's disk and the JVM's memory. */
public interface HostMXBean {

    boolean isDatabaseReachable();

    long getDataDirectoryFreeBytes();

    long getDataDirectoryTotalBytes();

    long getHeapUsedBytes();

    long getHeapMaxBytes();

    long getNonHeapUsedBytes();
}
