package org.flutemail.protocol.smtp.client;

import java.util.List;

/**
 * The outcome of one delivery attempt: one result per requested recipient, in request order. The
 * caller removes the delivered ones from its queue, bounces the permanent failures and schedules
 * the temporary failures again.
 */
public record DeliveryResult(List<RecipientResult> recipients) {

    public DeliveryResult {
        recipients = List.copyOf(recipients);
    }

    public List<RecipientResult> withStatus(DeliveryStatus status) {
        return recipients.stream().filter(r -> r.status() == status).toList();
    }

    public boolean allDelivered() {
        return recipients.stream().allMatch(r -> r.status() == DeliveryStatus.DELIVERED);
    }
}
