package org.flutemail.infrastructure.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flutemail.application.RemoteDeliveryService;
import org.jboss.ejb3.annotation.TransactionTimeout;

/**
 * Takes outbound attempts off {@code FluteRemote}. The entry is consumed in a transaction that may
 * last as long as an SMTP conversation (RFC 5321's timeouts add up to many minutes), hence the long
 * timeout; the database work inside runs in short transactions of its own.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JmsOutboundQueue.QUEUE),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "20")
})
@TransactionAttribute(TransactionAttributeType.REQUIRED)
@TransactionTimeout(value = 3600)
public class RemoteDeliveryConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(RemoteDeliveryConsumer.class.getName());

    @Inject
    RemoteDeliveryService remote;

    @Override
    public void onMessage(Message message) {
        long id;
        int attempt;
        try {
            id = Long.parseLong(((TextMessage) message).getText());
            attempt = message.getIntProperty(JmsOutboundQueue.ATTEMPT);
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.SEVERE, "unreadable entry on the outbound queue; dropped", e);
            return;
        }
        try {
            remote.attempt(id, attempt);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbound attempt for " + id + " failed; the broker will retry it", e);
            throw e;
        }
    }
}
