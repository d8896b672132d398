package org.flutemail.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.util.Enumeration;
import org.flutemail.application.DeadLetters;

/**
 * Counts {@code FluteDLQ} by browsing it: the broker's own management beans are not published in this
 * server (and a browser needs none), and a queue that should be empty is cheap to walk.
 */
@ApplicationScoped
public class JmsDeadLetters implements DeadLetters {

    static final String QUEUE = "java:/jms/queue/FluteDLQ";
    /** Beyond this the exact number no longer changes what an operator does. */
    static final long BOUND = 100_000;

    @Inject
    JMSContext jms;

    @Resource(lookup = QUEUE)
    Queue queue;

    @Override
    public long count() {
        try (QueueBrowser browser = jms.createBrowser(queue)) {
            Enumeration<?> messages = browser.getEnumeration();
            long n = 0;
            while (n < BOUND && messages.hasMoreElements()) {
                messages.nextElement();
                n++;
            }
            return n;
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException("cannot browse the dead-letter queue: " + e.getMessage(), e);
        }
    }
}
