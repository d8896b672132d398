package org.flutemail.migration.csv;

import java.util.List;
import java.util.Map;
import org.flutemail.migration.RemoteAccount;

/**
 * The accounts to import from an old server, one per row: {@code address} (the Flute account),
 * {@code server}, {@code login} (defaults to the address), {@code password}, and optionally
 * {@code protocol} (imap or pop3), {@code port}, {@code tls} (none, starttls, implicit) and
 * {@code fingerprint} (SHA-256 of a certificate to trust). A row that cannot be used is kept with
 * the reason, so the report shows every bad row beside the good ones.
 */
public final class MigrationCsv {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("email", "address"), Map.entry("account", "address"),
            Map.entry("host", "server"), Map.entry("oldserver", "server"), Map.entry("oldhost", "server"),
            Map.entry("oldlogin", "login"), Map.entry("user", "login"), Map.entry("username", "login"),
            Map.entry("oldpassword", "password"), Map.entry("security", "tls"),
            Map.entry("sha256", "fingerprint"));

    /** One row: either {@code server} is set, or {@code error} says what is wrong with it. */
    public record Entry(int line, String address, RemoteAccount server, String error) {
    }

    private MigrationCsv() {
    }

    public static List<Entry> parse(String text) {
        CsvTable table = new CsvTable(text, ALIASES, List.of("address", "server", "password"));
        return table.entries(new CsvTable.RowReader<>() {
            @Override
            public Entry read(CsvReader.Row row, String address) {
                String login = table.cell(row, "login");
                return new Entry(row.line(), address, RemoteAccount.of(RemoteAccount.protocol(table.cell(row, "protocol")),
                        table.cell(row, "server"), RemoteAccount.port(table.cell(row, "port")),
                        RemoteAccount.tls(table.cell(row, "tls")), login == null ? address : login,
                        table.cell(row, "password"), RemoteAccount.fingerprint(table.cell(row, "fingerprint"))), null);
            }

            @Override
            public Entry refused(CsvReader.Row row, String address, String reason) {
                return new Entry(row.line(), address, null, reason);
            }
        });
    }
}
