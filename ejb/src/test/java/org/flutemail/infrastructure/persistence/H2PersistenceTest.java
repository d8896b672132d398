package org.flutemail.infrastructure.persistence;

/** The persistence contract on H2, the embedded default. */
class H2PersistenceTest extends PersistenceContract {

    private final String url = "jdbc:h2:mem:" + randomName() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000";

    @Override
    protected String jdbcUrl() {
        return url;
    }

    @Override
    protected String user() {
        return "sa";
    }

    @Override
    protected String password() {
        return "";
    }
}
