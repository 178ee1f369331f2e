package plv.itest.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.platform.api.persistence.Database;
import plv.platform.api.persistence.SchemaVersion;

@ExtendWith(ServiceExtension.class)
class DatabaseTest {

    @Test
    void postgresIsReachableWhenThisRunUsesIt() {
        if (!"postgresql".equals(Itest.property("plv.itest.db"))) {
            assertThat(Itest.property("plv.itest.db")).isEqualTo("derby");
            return;
        }
        try (Connection c = new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:5432/test?user=postgres", new java.util.Properties())) {
            assertThat(c.isValid(5)).isTrue();
        } catch (SQLException e) {
            fail("PostgreSQL on 127.0.0.1:5432 (database test, user postgres) is not reachable: " + e.getMessage()
                    + ". Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start");
        }
    }

    @Test
    void theDatabaseIsTheOneThisRunAskedFor(@InjectService(timeout = 30_000) Database database) {
        assertThat(database.kind().id()).isEqualTo(Itest.property("plv.itest.db"));
        assertThat(database.reachable()).isTrue();
        assertThat(database.location()).doesNotContain("password");
    }

    @Test
    void everyOwnerRecordsItsSchemaVersion(@InjectService(timeout = 30_000) Database database) {
        assertThat(database.schemaVersions()).contains(new SchemaVersion("plv.platform.audit", 2));
    }

    static {
        // keep DriverManager out of it: the PostgreSQL bundle is used directly above
        DriverManager.setLoginTimeout(5);
    }
}
