package org.flutemail.application;

import java.time.Instant;
import java.util.List;
import org.flutemail.application.RemoteDeliveryService.QueuedDelivery;

/**
 * Message tracing for system administrators: a message found by sender, recipient, Message-ID, queue
 * id or time, with the steps it went through, from what the spool, the mailboxes and the outbound
 * queue keep anyway.
 */
public interface MessageTraceService {

    /** Delivered into {@code mailbox} of {@code account} at {@code at}. */
    record LocalDelivery(String account, String mailbox, Instant at, String messageId) {
    }

    /**
     * Received at {@code receivedAt} from {@code clientAddress} ({@code clientName}) over {@code protocol},
     * submitted by {@code authenticatedUser} (empty for mail from other servers); {@code state} of the
     * spool ({@code ACCEPTED}, {@code DONE}, {@code FAILED} with {@code error}); then its local deliveries
     * and its deliveries to other servers, with each host's last answer.
     */
    record MessageTrace(String queueId, Instant receivedAt, String clientAddress, String clientName,
            String protocol, String authenticatedUser, String sender, List<String> recipients, long size,
            String state, String error, List<LocalDelivery> delivered, List<QueuedDelivery> relayed) {
    }

    /** Null or blank criteria match everything; newest first, at most {@code limit} (capped at 100). */
    List<MessageTrace> find(String queueId, String sender, String recipient, String messageId, Instant from,
            Instant to, int limit);
}
