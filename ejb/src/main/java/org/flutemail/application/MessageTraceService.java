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
     * Something a step of processing did that the deliveries do not show: {@code step} is {@code filter}
     * (the recipient's block list, rules or forwarding), {@code list} (distributed or held) or
     * {@code disclaimer}; {@code recipient} is null when it concerns the whole message.
     */
    record Step(Instant at, String recipient, String step, String detail) {
    }

    /**
     * Received at {@code receivedAt} from {@code clientAddress} ({@code clientName}) over {@code protocol},
     * submitted by {@code authenticatedUser} (empty for mail from other servers); {@code state} of the
     * spool ({@code ACCEPTED}, {@code DONE}, {@code FAILED} with {@code error}); what processing did to it
     * on the way ({@code steps}); then its local deliveries and its deliveries to other servers, with each
     * host's last answer.
     */
    record MessageTrace(String queueId, Instant receivedAt, String clientAddress, String clientName,
            String protocol, String authenticatedUser, String sender, List<String> recipients, long size,
            String state, String error, List<Step> steps, List<LocalDelivery> delivered,
            List<QueuedDelivery> relayed) {
    }

    /** Null or blank criteria match everything; newest first, at most {@code limit} (capped at 100). */
    List<MessageTrace> find(String queueId, String sender, String recipient, String messageId, Instant from,
            Instant to, int limit);
}
