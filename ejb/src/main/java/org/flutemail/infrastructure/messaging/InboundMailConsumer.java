package org.flutemail.infrastructure.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flutemail.application.InboundProcessingService;

/**
 * Takes queue ids off {@code FluteInbound} and runs the pipeline for each, in the transaction that
 * consumes the queue entry: if processing fails the entry goes back to the broker, which retries it
 * with growing delays and finally moves it to the dead-letter queue.
 *
 * <p>How many entries are processed at once is {@code flute.delivery.sessions} (default 4, set in
 * {@code 06-system-properties.cli}; the ee subsystem resolves the expression because
 * {@code 09-server.cli} turns annotation property replacement on). Deliveries compete with the SMTP
 * sessions for the CPU: fewer of them let a burst be accepted sooner; small mail is then delivered at
 * about the same rate, large mail somewhat slower, since fewer blob syncs overlap (docs/performance.md,
 * "Ninth round").
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JmsInboundQueue.QUEUE),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "${flute.delivery.sessions:4}")
})
public class InboundMailConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(InboundMailConsumer.class.getName());

    @Inject
    InboundProcessingService processing;

    @Override
    public void onMessage(Message message) {
        String queueId;
        try {
            queueId = ((TextMessage) message).getText();
        } catch (JMSException | ClassCastException e) {
            // Not ours and unreadable: retrying cannot help, so log it and let it go.
            LOG.log(Level.SEVERE, "unreadable entry on the inbound queue; dropped", e);
            return;
        }
        try {
            processing.process(queueId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "processing " + queueId + " failed; the broker will retry it", e);
            throw e;
        }
    }
}
