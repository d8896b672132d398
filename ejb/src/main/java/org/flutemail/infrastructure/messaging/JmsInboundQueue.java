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

    /** The container's context joins the caller's JTA transaction: the send commits with the spool row. */
    @Inject
    JMSContext jms;

    @Resource(lookup = QUEUE)
    Queue queue;

    @Override
    public void enqueue(String queueId) {
        jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(queue, queueId);
    }
}
