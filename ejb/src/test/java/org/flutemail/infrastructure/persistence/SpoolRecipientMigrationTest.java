package org.flutemail.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V52 moves the DSN parameters of spooled recipients into their rows: what messages waiting at the
 * upgrade asked for must survive it, on both databases.
 */
class SpoolRecipientMigrationTest {

    private static final String PG = System.getProperty("flute.test.pg", "127.0.0.1:5432");

    @Test
    void waitingMessagesKeepWhatTheirRecipientsAskedForOnH2() throws SQLException {
        String url = "jdbc:h2:mem:v52" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        try (Connection keepOpen = DriverManager.getConnection(url, "sa", "")) {
            assertMigrated(url, "sa");
        }
    }

    @Test
    void waitingMessagesKeepWhatTheirRecipientsAskedForOnPostgreSql() throws SQLException {
        String database = "v52_" + UUID.randomUUID().toString().replace("-", "");
        admin("create database " + database);
        try {
            assertMigrated("jdbc:postgresql://" + PG + "/" + database, "postgres");
        } finally {
            admin("drop database if exists " + database + " with (force)");
        }
    }

    private static void assertMigrated(String url, String user) throws SQLException {
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").target("51").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
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
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
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

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + PG + "/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
