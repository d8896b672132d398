package org.flutemail.infrastructure.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Fresh databases for a test of one schema migration, on both kinds Flute runs on: rows written at the
 * version before it must read right after it. The PostgreSQL one lives on the machine's server and is
 * dropped afterwards.
 */
enum MigrationDatabases {

    H2 {
        @Override
        void run(Check check) throws SQLException {
            String url = "jdbc:h2:mem:m" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
            try (Connection keepOpen = DriverManager.getConnection(url, "sa", "")) {
                check.run(url, "sa");
            }
        }
    },

    POSTGRESQL {
        @Override
        void run(Check check) throws SQLException {
            String database = "m_" + UUID.randomUUID().toString().replace("-", "");
            admin("create database " + database);
            try {
                check.run("jdbc:postgresql://" + PG + "/" + database, "postgres");
            } finally {
                admin("drop database if exists " + database + " with (force)");
            }
        }
    };

    private static final String PG = System.getProperty("flute.test.pg", "127.0.0.1:5432");

    /** What a test does on a connection to the database: write rows, or read them back. */
    interface Work {
        void run(Statement statement) throws SQLException;
    }

    /** What {@link #run} hands a database to: its JDBC URL and user (no password on either). */
    interface Check {
        void run(String url, String user) throws SQLException;
    }

    /**
     * On a new, empty database of this kind: migrates up to and including {@code before}, lets
     * {@code arrange} write rows the way that version holds them, migrates to the latest version, then
     * lets {@code check} read what became of them.
     */
    void upgrade(String before, Work arrange, Work check) throws SQLException {
        run((url, user) -> {
            flyway(url, user).target(before).load().migrate();
            on(url, user, arrange);
            flyway(url, user).load().migrate();
            on(url, user, check);
        });
    }

    abstract void run(Check check) throws SQLException;

    private static FluentConfiguration flyway(String url, String user) {
        return Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration");
    }

    private static void on(String url, String user, Work work) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
            work.run(statement);
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + PG + "/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
