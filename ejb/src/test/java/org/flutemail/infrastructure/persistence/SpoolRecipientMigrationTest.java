package org.flutemail.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V52 moves the DSN parameters of spooled recipients into their rows: what messages waiting at the
 * upgrade asked for must survive it, on both databases.
 */
class SpoolRecipientMigrationTest {

    @ParameterizedTest
    @EnumSource(MigrationDatabases.class)
    void waitingMessagesKeepWhatTheirRecipientsAskedFor(MigrationDatabases database) throws SQLException {
        database.upgrade("51", SpoolRecipientMigrationTest::waitingMessage, SpoolRecipientMigrationTest::assertKept);
    }

    private static void waitingMessage(Statement statement) throws SQLException {
        statement.execute("""
                insert into spooled_message (queue_id, state, reverse_path, blob_key, size_octets, received_at,
                    client_address, client_name, server_name, protocol, tls_cipher, auth_user, body_type,
                    smtp_utf8, dsn_return, dsn_envelope_id, attempts, updated_at)
                values ('V52', 'ACCEPTED', '', 'k', 1, current_timestamp, '', '', '', '', '', '', '7BIT',
                    false, '', '', 0, current_timestamp)""");
        long id;
        try (ResultSet row = statement.executeQuery("select id from spooled_message where queue_id = 'V52'")) {
            row.next();
            id = row.getLong(1);
        }
        statement.execute("insert into spooled_recipient (spool_id, position, address) values (" + id
                + ", 0, 'a@example.test'), (" + id + ", 1, 'b@example.test'), (" + id + ", 2, 'c@example.test')");
        statement.execute("insert into spooled_recipient_dsn (spool_id, position, notify_on, original) values ("
                + id + ", 0, 'SUCCESS,DELAY', 'rfc822;A@example.test'), (" + id + ", 1, 'NEVER', '')");
    }

    private static void assertKept(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("""
                select r.address, r.notify_on, r.original from spooled_recipient r
                  join spooled_message m on m.id = r.spool_id
                 where m.queue_id = 'V52' order by r.position""")) {
            List<String> read = new ArrayList<>();
            while (rows.next()) {
                read.add(rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getString(3));
            }
            assertThat(read).containsExactly("a@example.test|SUCCESS,DELAY|rfc822;A@example.test",
                    "b@example.test|NEVER|", "c@example.test||");
        }
    }
}
