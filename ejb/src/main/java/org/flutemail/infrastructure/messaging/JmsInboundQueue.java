package org.flutemail.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import org.flutemail.application.InboundQueue;

@ApplicationScoped
public class JmsInboundQueue implements InboundQueue {

    static final String QUEUE = "java:/jms/queue/FluteInbound";

    /**
     * The container's context joins the caller's JTA transaction when there is one, and sends at once
     * otherwise.
     */
    @Inject
    JMSContext jms;

    @Resource(lookup = QUEUE)
    Queue queue;

    /**
     * Not persistent: the broker neither writes nor syncs its journal for the entry or for its
     * acknowledgement. An entry lost with the broker is sent again by recovery from the spool row.
     */
    @Override
    public void enqueue(String queueId) {
        jms.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT).send(queue, queueId);
    }
}
