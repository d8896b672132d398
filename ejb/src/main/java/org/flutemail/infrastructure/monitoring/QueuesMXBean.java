package org.flutemail.infrastructure.monitoring;

/** {@code org.flutemail:type=Queues}: read from the database when asked; -1 while it does not answer. */
public interface QueuesMXBean {

    /** Accepted over SMTP, not yet through the pipeline. */
    long getSpoolAccepted();

    long getSpoolFailed();

    /** Wake-ups the broker gave up on after its redeliveries (FluteDLQ); the spool keeps their mail. */
    long getDeadLettered();

    /** Outbound deliveries not tried yet. */
    long getOutboundWaiting();

    /** Outbound deliveries tried and waiting for their next attempt. */
    long getOutboundRetrying();

    /** Outbound deliveries finished with a recipient that failed. */
    long getOutboundFailed();
}
