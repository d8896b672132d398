package org.flutemail.infrastructure.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Publishes the ids of mailboxes whose changes have committed on the {@code FluteMailboxChanges}
 * topic, once per transaction and only after its commit, so a session never hears of a change it
 * cannot read yet. Not persistent and not part of the transaction: news is a hint that saves sessions
 * from polling, never the record (that is the mailbox's mod-sequence), so a lost one costs a delay.
 *
 * <p>The committing thread only adds its ids to {@link PendingNews}; one publisher at a time, on the
 * container's executor, sends them, and the ids that commit meanwhile share its next message. Making a
 * JMS session and producer takes round trips to the broker: made once per delivery they were 5 % of
 * the server's CPU at ingest, and every message woke the IMAP sessions once more.
 */
@ApplicationScoped
public class MailboxChangeNews {

    static final String TOPIC = "java:/jms/topic/FluteMailboxChanges";
    private static final Logger LOG = Logger.getLogger(MailboxChangeNews.class.getName());
    private static final Object KEY = MailboxChangeNews.class;
    private static final int MESSAGES_PER_TASK = 1000;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory factory;

    @Resource(lookup = TOPIC)
    Topic topic;

    @Resource
    ManagedExecutorService executor;

    private final PendingNews waiting = new PendingNews();

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
            announce(Set.of(id));
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
                        announce(pending);
                    }
                }
            });
            ids = pending;
        }
        ids.add(id);
    }

    private void announce(Set<Long> ids) {
        if (connection != null && waiting.add(ids)) {
            startPublisher();
        }
    }

    private void startPublisher() {
        try {
            executor.execute(this::publishWaiting);
        } catch (RejectedExecutionException e) {
            waiting.giveUp();
            LOG.log(Level.FINE, "no thread to publish mailbox change news; sessions will find the change themselves", e);
        }
    }

    /**
     * Runs as the one publisher until nothing waits, or hands its turn to a new task after a number of
     * messages, so that a long burst does not look like a hung task to the executor. A JMS session is
     * for one thread: this task's own. While {@code ids} holds ids this task still has the turn.
     */
    private void publishWaiting() {
        Set<Long> ids = waiting.next();
        if (ids.isEmpty()) {
            return;
        }
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageProducer producer = session.createProducer(topic)) {
            producer.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
            for (int sent = 1; ; sent++) {
                producer.send(session.createTextMessage(ids.stream().map(String::valueOf).collect(Collectors.joining(","))));
                if (sent == MESSAGES_PER_TASK) {
                    break;
                }
                ids = waiting.next();
                if (ids.isEmpty()) {
                    break;
                }
            }
        } catch (JMSException | RuntimeException e) {
            if (!ids.isEmpty()) {
                // End this publisher's turn, or no news would be sent again.
                waiting.giveUp();
            }
            LOG.log(Level.FINE, "mailbox change news not published; sessions will find the change themselves", e);
            return;
        }
        if (!ids.isEmpty()) {
            startPublisher();
        }
    }
}
