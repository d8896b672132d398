package org.flutemail.infrastructure.persistence;

/** The migration tables on H2. */
class H2MigrationPersistenceTest extends MigrationPersistenceContract {

    private final String url = "jdbc:h2:mem:" + PersistenceContract.randomName() + ";DB_CLOSE_DELAY=-1";

    @Override
    protected String jdbcUrl() {
        return url;
    }

    @Override
    protected String user() {
        return "sa";
    }
}
