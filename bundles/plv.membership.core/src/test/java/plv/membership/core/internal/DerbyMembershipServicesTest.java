package plv.membership.core.internal;

import plv.platform.db.testing.TestDatabases;

/** The membership services on an in-memory Derby. */
class DerbyMembershipServicesTest extends MembershipServicesContract {
    @Override
    TestStore newStore() {
        return new TestStore(TestDatabases.derbyInMemory(), true);
    }
}
