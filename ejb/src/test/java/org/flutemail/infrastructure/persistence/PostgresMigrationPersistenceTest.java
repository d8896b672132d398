package org.flutemail.infrastructure.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The migration tables on PostgreSQL (a fresh database on {@code flute.test.pg}, dropped afterwards). */
class PostgresMigrationPersistenceTest extends MigrationPersistenceContract {

    private static final String SERVER = System.getProperty("flute.test.pg", "127.0.0.1:5432");
    private final String database = PersistenceContract.randomName();

    @Override
    protected void createDatabase() throws SQLException {
        admin("create database " + database);
    }

    @Override
    protected void dropDatabase() throws SQLException {
        admin("drop database if exists " + database + " with (force)");
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    protected String jdbcUrl() {
        return "jdbc:postgresql://" + SERVER + "/" + database;
    }

    @Override
    protected String user() {
        return "postgres";
    }
}
