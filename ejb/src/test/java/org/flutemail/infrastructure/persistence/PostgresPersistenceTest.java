package org.flutemail.infrastructure.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The persistence contract on PostgreSQL, the production database: a fresh database on the server
 * named by {@code flute.test.pg} (default {@code 127.0.0.1:5432}, user postgres), dropped afterwards.
 */
class PostgresPersistenceTest extends PersistenceContract {

    private static final String SERVER = System.getProperty("flute.test.pg", "127.0.0.1:5432");
    private final String database = randomName();

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

    @Override
    protected String password() {
        return "";
    }
}
