package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.flutemail.domain.DeliveryRows;
import org.flutemail.domain.FlagColumns;
import org.flutemail.domain.MessageStructure;
import org.flutemail.domain.MessageSummary;
import org.flutemail.infrastructure.messaging.MailboxChangeNews;
import org.hibernate.Session;

/**
 * {@link DeliveryRows} on the persistence context's own JDBC connection, so the statements are part
 * of the same database transaction as everything else the delivery does (and see what it has written).
 * Nothing here enters the persistence context: an entity read later in the same transaction comes
 * from the database. For the same reason no entity listener hears of the mailbox's update, so the news
 * that IMAP sessions wait for is sent from here.
 */
@ApplicationScoped
public class JdbcDeliveryRows implements DeliveryRows {

    // One statement both advances the counters (and the octets the mailbox takes) and takes the row's
    // write lock; the select after it reads our own update.
    private static final String TAKE_UID = """
            update mailbox set next_uid = next_uid + 1, highest_modseq = highest_modseq + 1,
                   used_octets = used_octets + ?
             where account_id = ? and name = ?""";
    private static final String TAKEN_UID = "select id, next_uid, highest_modseq from mailbox where account_id = ? and name = ?";
    private static final String INSERT_MESSAGE = """
            insert into mail_message (mailbox_id, uid, modseq, seen, answered, flagged, deleted, draft, keywords,
                internal_date, size_octets, blob_key, header_from, header_to, subject, sent_date, message_id,
                delivery_key)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_STRUCTURE = """
            insert into message_structure (message_id, header, envelope, body, body_structure)
            values (?, ?, ?, ?, ?)""";

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Inject
    MailboxChangeNews news;

    @Override
    public Optional<Long> append(long accountId, String mailboxName, NewMessage message) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            if (!advance(connection, accountId, mailboxName, message.size())) {
                return Optional.empty();
            }
            try (PreparedStatement taken = connection.prepareStatement(TAKEN_UID)) {
                taken.setLong(1, accountId);
                taken.setString(2, mailboxName);
                try (ResultSet row = taken.executeQuery()) {
                    row.next();
                    long mailboxId = row.getLong(1);
                    // The counters hold the next free values: ours are the ones just passed.
                    long id = insert(connection, mailboxId, row.getLong(2) - 1, row.getLong(3), message);
                    news.changed(mailboxId);
                    return Optional.of(id);
                }
            }
        });
    }

    @Override
    public void addStructure(MessageStructure structure) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_STRUCTURE)) {
                insert.setLong(1, structure.messageId());
                insert.setBytes(2, structure.header());
                insert.setBytes(3, structure.envelope());
                insert.setBytes(4, structure.body());
                insert.setBytes(5, structure.bodyStructure());
                insert.executeUpdate();
            }
        });
    }

    private static boolean advance(Connection connection, long accountId, String mailboxName, long octets)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(TAKE_UID)) {
            update.setLong(1, octets);
            update.setLong(2, accountId);
            update.setString(3, mailboxName);
            return update.executeUpdate() == 1;
        }
    }

    private static long insert(Connection connection, long mailboxId, long uid, long modseq, NewMessage message)
            throws SQLException {
        // Generated keys by flag rather than by column name: H2 and PostgreSQL spell names differently,
        // and id is the table's first column on both.
        try (PreparedStatement insert = connection.prepareStatement(INSERT_MESSAGE, Statement.RETURN_GENERATED_KEYS)) {
            FlagColumns flags = message.flags();
            MessageSummary summary = message.summary();
            insert.setLong(1, mailboxId);
            insert.setLong(2, uid);
            insert.setLong(3, modseq);
            insert.setBoolean(4, flags.seen());
            insert.setBoolean(5, flags.answered());
            insert.setBoolean(6, flags.flagged());
            insert.setBoolean(7, flags.deleted());
            insert.setBoolean(8, flags.draft());
            insert.setString(9, flags.keywords());
            insert.setObject(10, NativeRows.timestamp(message.internalDate()));
            insert.setLong(11, message.size());
            insert.setString(12, message.blobKey());
            insert.setString(13, summary.from());
            insert.setString(14, summary.to());
            insert.setString(15, summary.subject());
            insert.setObject(16, NativeRows.timestamp(summary.date()));
            insert.setString(17, summary.messageId());
            insert.setString(18, message.deliveryKey());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
