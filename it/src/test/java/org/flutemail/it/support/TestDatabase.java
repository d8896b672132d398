package org.flutemail.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;

/**
 * The database a test server runs on, chosen by {@code -Dflute.it.db=h2|postgresql}.
 * H2 needs nothing: the server's own embedded default lives in its data folder. For PostgreSQL
 * a fresh database is created per server and dropped when the server is closed.
 */
public interface TestDatabase extends AutoCloseable {

    /** Environment variables that point the server at this database. */
    Map<String, String> environment();

    String description();

    @Override
    void close();

    static TestDatabase fromSystemProperty(String serverName) {
        String kind = System.getProperty("flute.it.db", "h2").trim().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "h2", "" -> new EmbeddedH2();
            case "postgresql", "postgres", "pg" -> PostgreSqlDatabase.create(serverName);
            default -> throw new IllegalArgumentException("flute.it.db must be h2 or postgresql, not " + kind);
        };
    }

    /** The server's default: H2 in the server's own data folder. */
    final class EmbeddedH2 implements TestDatabase {
        @Override
        public Map<String, String> environment() {
            return Map.of();
        }

        @Override
        public String description() {
            return "embedded H2";
        }

        @Override
        public void close() {
        }
    }

    /** A throw-away database on the local PostgreSQL (trust authentication, user postgres). */
    final class PostgreSqlDatabase implements TestDatabase {
        private static final String SERVER_URL = System.getProperty("flute.it.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
        private static final String USER = System.getProperty("flute.it.pg.user", "postgres");

        private final String name;

        private PostgreSqlDatabase(String name) {
            this.name = name;
        }

        static PostgreSqlDatabase create(String serverName) {
            String name = ("flute_it_" + serverName + "_" + Long.toString(System.currentTimeMillis(), 36))
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
            execute("CREATE DATABASE " + name);
            return new PostgreSqlDatabase(name);
        }

        @Override
        public Map<String, String> environment() {
            return Map.of("FLUTE_DB_URL", SERVER_URL + name, "FLUTE_DB_USER", USER);
        }

        @Override
        public String description() {
            return "PostgreSQL database " + name;
        }

        @Override
        public void close() {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }

        private static void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(SERVER_URL + "postgres", USER, "");
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + SERVER_URL + ": " + sql + " failed", e);
            }
        }
    }
}
