package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flutemail.domain.DeliveryOptions;
import org.flutemail.domain.Envelope;
import org.flutemail.domain.RecipientDsn;
import org.flutemail.domain.SpoolClaims;
import org.flutemail.domain.SpoolState;
import org.flutemail.domain.SpooledMessage;
import org.hibernate.Session;

/**
 * {@link SpoolClaims} as plain statements on the persistence context's own connection, in the caller's
 * transaction. The envelope comes from one query that joins the row with its recipients (one result row
 * per recipient), where the entity took two selects, a query plan and the bookkeeping of a managed entity
 * with an element collection. The columns are those
 * {@link SpooledMessage} maps; the persistence contract reads both ways and compares.
 */
@ApplicationScoped
public class JdbcSpoolClaims implements SpoolClaims {

    private static final String CLAIM = """
            update spooled_message set state = ?, updated_at = ? where queue_id = ? and state = ?""";
    // Ordered by position so the recipients keep the order RCPT gave them.
    private static final String ENVELOPE = """
            select m.id, m.blob_key, m.size_octets, m.reverse_path, m.received_at, m.client_address,
                   m.client_name, m.server_name, m.protocol, m.tls_cipher, m.auth_user, m.body_type, m.smtp_utf8,
                   m.dsn_return, m.dsn_envelope_id, m.target_folder, r.address, r.notify_on, r.original
              from spooled_message m
              left join spooled_recipient r on r.spool_id = m.id
             where m.queue_id = ?
             order by r.position""";
    private static final String FAILED = "update spooled_message set state = ?, last_error = ?, updated_at = ? where id = ?";

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public Optional<Claimed> claim(String queueId, Instant now) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(CLAIM)) {
                update.setString(1, SpoolState.DONE.name());
                update.setObject(2, NativeRows.timestamp(now));
                update.setString(3, queueId);
                update.setString(4, SpoolState.ACCEPTED.name());
                if (update.executeUpdate() != 1) {
                    return Optional.empty();
                }
            }
            return Optional.of(envelope(connection, queueId));
        });
    }

    @Override
    public void failed(long id, String error, Instant now) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(FAILED)) {
                update.setString(1, SpoolState.FAILED.name());
                update.setString(2, SpooledMessage.storedError(error));
                update.setObject(3, NativeRows.timestamp(now));
                update.setLong(4, id);
                update.executeUpdate();
            }
        });
    }

    private static Claimed envelope(Connection connection, String queueId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(ENVELOPE)) {
            select.setString(1, queueId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    // Our own update found the row a moment ago, in this transaction.
                    throw new IllegalStateException("claimed spool row " + queueId + " cannot be read back");
                }
                long id = row.getLong(1);
                String blobKey = row.getString(2);
                long size = row.getLong(3);
                String reversePath = row.getString(4);
                Instant receivedAt = NativeRows.instant(row.getObject(5));
                String clientAddress = row.getString(6);
                String clientName = row.getString(7);
                String serverName = row.getString(8);
                String protocol = row.getString(9);
                String tlsCipher = row.getString(10);
                String authUser = row.getString(11);
                String bodyType = row.getString(12);
                boolean smtpUtf8 = row.getBoolean(13);
                String dsnReturn = row.getString(14);
                String dsnEnvelopeId = row.getString(15);
                String targetFolder = row.getString(16);
                List<String> recipients = new ArrayList<>();
                Map<String, RecipientDsn> perRecipient = new HashMap<>();
                do {
                    String address = row.getString(17);
                    if (address == null) {
                        continue;
                    }
                    recipients.add(address);
                    perRecipient.put(address, RecipientDsn.of(row.getString(18), row.getString(19)));
                } while (row.next());
                Envelope envelope = new Envelope(reversePath, recipients, receivedAt, clientAddress, clientName,
                        serverName, protocol, tlsCipher, authUser,
                        new DeliveryOptions(bodyType, smtpUtf8, dsnReturn, dsnEnvelopeId, perRecipient), targetFolder);
                return new Claimed(id, queueId, envelope, blobKey, size);
            }
        }
    }
}
