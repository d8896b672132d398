package org.flutemail.infrastructure.monitoring;

/** {@code org.flutemail:type=ContentSweep}: what the sweeps of unused content found and removed (ADR 0026). */
public interface ContentSweepMXBean {

    /** Sweeps finished since the start, including those that stopped on an error. */
    long getSweepsTotal();

    /** When the last sweep finished (ISO-8601), empty before the first. */
    String getLastSweepEnded();

    /** Blobs the last sweep considered: untouched for long enough. */
    long getLastConsidered();

    long getLastRemoved();

    long getRemovedTotal();

    long getRemovedOctetsTotal();

    /** Why the last sweep stopped early, empty if it did not. */
    String getLastError();
}
