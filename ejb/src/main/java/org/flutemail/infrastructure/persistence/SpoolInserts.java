package org.flutemail.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flutemail.domain.DeliveryOptions;
import org.flutemail.domain.Envelope;
import org.flutemail.domain.RecipientDsn;
import org.flutemail.domain.SpoolState;
import org.flutemail.domain.SpooledMessage;

/**
 * New spool rows as plain statements: each message's row, then the recipients of all the messages as
 * one batch. The columns and their values are those
 * {@link SpooledMessage} maps (the persistence contract writes here and reads through the entity);
 * Hibernate wrote the same rows with one identity insert and a collection flush per message.
 */
final class SpoolInserts {

    private static final String MESSAGE = """
            insert into spooled_message (queue_id, state, reverse_path, blob_key, size_octets, received_at,
                client_address, client_name, server_name, protocol, tls_cipher, auth_user, body_type, smtp_utf8,
                dsn_return, dsn_envelope_id, target_folder, attempts, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""";
    private static final String RECIPIENT = """
            insert into spooled_recipient (spool_id, position, address, notify_on, original) values (?, ?, ?, ?, ?)""";

    private SpoolInserts() {
    }

    static void insert(Connection connection, List<SpooledMessage> messages) throws SQLException {
        try (PreparedStatement message = connection.prepareStatement(MESSAGE, Statement.RETURN_GENERATED_KEYS);
                PreparedStatement recipient = connection.prepareStatement(RECIPIENT)) {
            for (SpooledMessage spooled : messages) {
                Envelope envelope = spooled.envelope();
                long id = insertMessage(message, spooled, envelope);
                DeliveryOptions options = envelope.options();
                int position = 0;
                for (String address : envelope.recipients()) {
                    recipient.setLong(1, id);
                    recipient.setInt(2, position);
                    recipient.setString(3, address);
                    RecipientDsn asked = options.forRecipient(address);
                    recipient.setString(4, asked.notifyText());
                    recipient.setString(5, asked.original());
                    recipient.addBatch();
                    position++;
                }
            }
            recipient.executeBatch();
        }
    }

    private static long insertMessage(PreparedStatement insert, SpooledMessage spooled, Envelope envelope)
            throws SQLException {
        DeliveryOptions options = envelope.options();
        insert.setString(1, spooled.queueId());
        insert.setString(2, SpoolState.ACCEPTED.name());
        insert.setString(3, envelope.reversePath());
        insert.setString(4, spooled.blobKey());
        insert.setLong(5, spooled.size());
        insert.setObject(6, NativeRows.timestamp(envelope.receivedAt()));
        insert.setString(7, envelope.clientAddress());
        insert.setString(8, envelope.clientName());
        insert.setString(9, envelope.serverName());
        insert.setString(10, envelope.protocol());
        insert.setString(11, envelope.tlsCipher());
        insert.setString(12, envelope.authUser());
        insert.setString(13, options.bodyType());
        insert.setBoolean(14, options.smtpUtf8());
        insert.setString(15, options.dsnReturn());
        insert.setString(16, options.dsnEnvelopeId());
        insert.setString(17, envelope.targetFolder());
        insert.setObject(18, NativeRows.timestamp(envelope.receivedAt()));
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated id for spool row " + spooled.queueId());
            }
            return keys.getLong("id");
        }
    }
}
