package org.flutemail.infrastructure.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flutemail.protocol.imap.store.MailboxChangeHub;

/**
 * Hands news of changed mailboxes, from whichever node made the change, to this node's IMAP sessions.
 * A non-durable subscription: news older than this node's start concerns no session of it.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = MailboxChangeNews.TOPIC),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailboxChangeSubscriber implements MessageListener {

    private static final Logger LOG = Logger.getLogger(MailboxChangeSubscriber.class.getName());

    @Override
    public void onMessage(Message message) {
        try {
            for (String id : ((TextMessage) message).getText().split(",")) {
                MailboxChangeHub.INSTANCE.changed(Long.parseLong(id.strip()));
            }
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.FINE, "unreadable mailbox change news; dropped", e);
        }
    }
}
