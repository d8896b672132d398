package org.flutemail.migration.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountCsvTest {

    @Test
    void anExportedFileImportsAsItIsWithoutPasswords() {
        List<AccountCsv.Exported> accounts = List.of(
                new AccountCsv.Exported("ann@example.test", "Lee, Ann", 1_048_576L, "gold", "ACTIVE",
                        Instant.parse("2026-11-30T10:00:00Z")),
                new AccountCsv.Exported("zhang@example.test", "=张伟()", null, null, "SUSPENDED", null));

        byte[] written = AccountCsv.write(accounts);
        List<AccountCsv.Entry> read = AccountCsv.parse(new String(written, StandardCharsets.UTF_8));

        assertThat(new String(written, StandardCharsets.UTF_8))
                .startsWith("\uFEFFaddress,displayName,quotaBytes,classOfService,state,createdAt\r\n")
                .contains("'=张伟()").doesNotContain("password");
        assertThat(read).extracting(AccountCsv.Entry::address, AccountCsv.Entry::displayName, AccountCsv.Entry::quotaBytes,
                AccountCsv.Entry::password, AccountCsv.Entry::error)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ann@example.test", "Lee, Ann", 1_048_576L, null, null),
                        org.assertj.core.groups.Tuple.tuple("zhang@example.test", "=张伟()", null, null, null));
    }
}
