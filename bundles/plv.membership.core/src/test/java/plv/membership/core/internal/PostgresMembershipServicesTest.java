package plv.membership.core.internal;

import plv.platform.db.testing.TestDatabases;

import org.junit.jupiter.api.AfterEach;

/** The membership services on the local PostgreSQL, in a schema of their own dropped afterwards. */
class PostgresMembershipServicesTest extends MembershipServicesContract {

    private TestDatabases.PgSchema schema;

    @Override
    TestStore newStore() {
        schema = new TestDatabases.PgSchema();
        return new TestStore(schema.dataSource, false);
    }

    @AfterEach
    void dropSchema() throws Exception {
        schema.close();
    }
}
