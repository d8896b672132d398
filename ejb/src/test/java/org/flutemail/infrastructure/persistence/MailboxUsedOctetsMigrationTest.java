package org.flutemail.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V53 gives every mailbox the total of its messages' sizes: mailboxes that already hold mail must start
 * with their true total, empty ones with zero, on both databases.
 */
class MailboxUsedOctetsMigrationTest {

    @ParameterizedTest
    @EnumSource(MigrationDatabases.class)
    void mailboxesStartWithWhatTheirMessagesTake(MigrationDatabases database) throws SQLException {
        database.run(MailboxUsedOctetsMigrationTest::assertMigrated);
    }

    private static void assertMigrated(String url, String user) throws SQLException {
        MigrationDatabases.migrateTo(url, user, "52");
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute("insert into mail_domain (name, state, created_at) values ('v53.test', 'ACTIVE', current_timestamp)");
            statement.execute("""
                    insert into account (domain_id, address, password_hash, password_salt, password_iterations, state,
                        created_at)
                    select id, 'a@v53.test', 'h', 's', 1, 'ACTIVE', current_timestamp from mail_domain where name = 'v53.test'""");
            for (String box : new String[] {"INBOX", "Archive", "Empty"}) {
                statement.execute("""
                        insert into mailbox (account_id, name, uid_validity, next_uid, highest_modseq, subscribed)
                        select id, '%s', 1, 1, 1, true from account where address = 'a@v53.test'""".formatted(box));
            }
            long[][] messages = {{0, 1000}, {0, 234}, {0, 5}, {1, 70_000}};
            String[] names = {"INBOX", "Archive"};
            long uid = 1;
            for (long[] m : messages) {
                statement.execute("""
                        insert into mail_message (mailbox_id, uid, modseq, seen, answered, flagged, deleted, draft,
                            internal_date, size_octets, blob_key)
                        select id, %d, 1, false, false, false, false, false, current_timestamp, %d, 'k'
                          from mailbox where name = '%s'""".formatted(uid++, m[1], names[(int) m[0]]));
            }
        }
        MigrationDatabases.migrateToLatest(url, user);
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select name, used_octets from mailbox order by id")) {
            Map<String, Long> used = new LinkedHashMap<>();
            while (rows.next()) {
                used.put(rows.getString(1), rows.getLong(2));
            }
            assertThat(used).containsExactly(Map.entry("INBOX", 1239L), Map.entry("Archive", 70_000L),
                    Map.entry("Empty", 0L));
        }
    }
}
