package org.flutemail.domain;

import java.util.List;
import java.util.Optional;

public interface OutboundRepository {

    void add(OutboundDelivery delivery);

    /** The delivery, write-locked until the transaction ends. */
    Optional<OutboundDelivery> lock(long id);

    /** Queued deliveries whose next attempt was due before {@code before}. */
    List<OutboundDelivery> overdue(java.time.Instant before, int max);

    /** Deliveries still queued, oldest first. */
    List<OutboundDelivery> queued(int max);

    void remove(OutboundDelivery delivery);

    long countQueued();

    /** Queued deliveries not tried yet ({@code retried} false) or tried and waiting for another attempt. */
    long countQueued(boolean retried);

    /** Finished deliveries with at least one recipient that failed (and was bounced). */
    long countFailed();
}
