package org.flutemail.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Duration;
import org.flutemail.application.OutboundQueue;

/**
 * Outbound attempts on {@code FluteRemote}. A retry is a message with a JMS delivery delay: the
 * broker holds it durably until it is due, so no timer of ours has to survive a restart.
 */
@ApplicationScoped
public class JmsOutboundQueue implements OutboundQueue {

    static final String QUEUE = "java:/jms/queue/FluteRemote";
    static final String ATTEMPT = "attempt";

    @Inject
    JMSContext jms;

    @Resource(lookup = QUEUE)
    Queue queue;

    @Override
    public void enqueue(long deliveryId, int attempt, Duration delay) {
        jms.createProducer()
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .setDeliveryDelay(Math.max(0, delay.toMillis()))
                .setProperty(ATTEMPT, attempt)
                .send(queue, Long.toString(deliveryId));
    }
}
