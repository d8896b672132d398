package org.flutemail.infrastructure.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.Topic;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Publishes the ids of mailboxes whose changes have committed on the {@code FluteMailboxChanges}
 * topic, once per transaction and only after its commit, so a session never hears of a change it
 * cannot read yet. Not persistent and not part of the transaction: news is a hint that saves sessions
 * from polling, never the record (that is the mailbox's mod-sequence), so a lost one costs a delay.
 */
@ApplicationScoped
public class MailboxChangeNews {

    static final String TOPIC = "java:/jms/topic/FluteMailboxChanges";
    private static final Logger LOG = Logger.getLogger(MailboxChangeNews.class.getName());
    private static final Object KEY = MailboxChangeNews.class;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory factory;

    @Resource(lookup = TOPIC)
    Topic topic;

    private Connection connection;

    @PostConstruct
    void connect() {
        try {
            connection = factory.createConnection();
        } catch (JMSException e) {
            LOG.log(Level.WARNING, "no connection for mailbox change news; IMAP sessions will poll", e);
        }
    }

    @PreDestroy
    void disconnect() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (JMSException e) {
            LOG.log(Level.FINE, "closing the news connection", e);
        }
    }

    /** Mailbox {@code id} changed in the current transaction (or just now, outside one). */
    public void changed(long id) {
        if (transactions.getTransactionKey() == null) {
            publish(Set.of(id));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> ids = (Set<Long>) transactions.getResource(KEY);
        if (ids == null) {
            Set<Long> pending = new TreeSet<>();
            transactions.putResource(KEY, pending);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        publish(pending);
                    }
                }
            });
            ids = pending;
        }
        ids.add(id);
    }

    private void publish(Set<Long> ids) {
        if (connection == null || ids.isEmpty()) {
            return;
        }
        // A JMS connection is thread-safe, sessions are not: one short session per publication.
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageProducer producer = session.createProducer(topic)) {
            producer.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
            producer.send(session.createTextMessage(ids.stream().map(String::valueOf).collect(Collectors.joining(","))));
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.FINE, "mailbox change news not published; sessions will find the change themselves", e);
        }
    }
}
