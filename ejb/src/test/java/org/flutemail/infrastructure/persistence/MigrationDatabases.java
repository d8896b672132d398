package org.flutemail.infrastructure.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;

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

    /** What a test does with a database: its JDBC URL and user (no password on either). */
    interface Check {
        void run(String url, String user) throws SQLException;
    }

    /** Runs the check on a new, empty database of this kind. */
    abstract void run(Check check) throws SQLException;

    /** Migrates up to and including {@code version}. */
    static void migrateTo(String url, String user, String version) {
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").target(version).load().migrate();
    }

    static void migrateToLatest(String url, String user) {
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").load().migrate();
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + PG + "/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
