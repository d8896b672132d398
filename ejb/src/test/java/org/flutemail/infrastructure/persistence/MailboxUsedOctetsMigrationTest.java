package org.flutemail.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

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
        database.upgrade("52", MailboxUsedOctetsMigrationTest::mailboxesWithMail,
                MailboxUsedOctetsMigrationTest::assertTotals);
    }

    private static void mailboxesWithMail(Statement statement) throws SQLException {
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
        message(statement, 1, "INBOX", 1000);
        message(statement, 2, "INBOX", 234);
        message(statement, 3, "INBOX", 5);
        message(statement, 4, "Archive", 70_000);
    }

    private static void message(Statement statement, long uid, String mailbox, long size) throws SQLException {
        statement.execute("""
                insert into mail_message (mailbox_id, uid, modseq, seen, answered, flagged, deleted, draft,
                    internal_date, size_octets, blob_key)
                select id, %d, 1, false, false, false, false, false, current_timestamp, %d, 'k'
                  from mailbox where name = '%s'""".formatted(uid, size, mailbox));
    }

    private static void assertTotals(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("select name, used_octets from mailbox order by id")) {
            Map<String, Long> used = new LinkedHashMap<>();
            while (rows.next()) {
                used.put(rows.getString(1), rows.getLong(2));
            }
            assertThat(used).containsExactly(Map.entry("INBOX", 1239L), Map.entry("Archive", 70_000L),
                    Map.entry("Empty", 0L));
        }
    }
}
