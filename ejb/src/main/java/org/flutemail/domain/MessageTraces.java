package org.flutemail.domain;

import java.time.Instant;
import java.util.List;

/**
 * What the spool, the mailboxes and the outbound queue already keep about one message, read for
 * tracing: nothing is written for it.
 */
public interface MessageTraces {

    /** What to look for; null fields match everything; the time range [from, to) is of reception. */
    record Criteria(String queueId, String sender, String recipient, String messageId, Instant from, Instant to) {
    }

    /** Newest first, at most {@code limit}. */
    List<SpooledMessage> received(Criteria criteria, int limit);

    /** The local deliveries of the message with queue id {@code queueId}, in delivery order. */
    List<StoredMessage> deliveredFrom(String queueId);

    /** Its deliveries to other servers. */
    List<OutboundDelivery> relayedFrom(String queueId);
}
