package org.flutemail.application;

/** How the mail system is doing, for health checks, monitoring and the admin screens. */
public interface HealthService {

    /**
     * @param status   UP when started and the database answers, else DOWN
     * @param waiting  accepted messages not yet processed
     * @param failed   messages the error processor took
     * @param outbound deliveries to other servers still queued (waiting for an attempt or retry)
     */
    record Health(String status, boolean ready, boolean database, long waiting, long failed, long outbound) {
    }

    Health check();
}
