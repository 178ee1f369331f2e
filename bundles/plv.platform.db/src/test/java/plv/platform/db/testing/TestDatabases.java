package plv.platform.db.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Real databases for tests: an in-memory Derby, or a fresh schema in the local PostgreSQL that is dropped afterwards.
 * Shared with the other bundles' tests through this bundle's test jar ({@code <type>test-jar</type>}, test scope).
 */
public final class TestDatabases {

    public static final String PG_URL = System.getProperty("plv.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");

    private TestDatabases() {
    }

    public static DataSource derbyInMemory() {
        System.setProperty("derby.stream.error.file", "target/derby.log");
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:t" + UUID.randomUUID().toString().replace("-", ""));
        ds.setCreateDatabase("create");
        return ds;
    }

    /** A schema of its own in PostgreSQL; close it to drop the schema. */
    public static final class PgSchema implements AutoCloseable {
        public final String schema = "plv_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        public final PGSimpleDataSource dataSource = new PGSimpleDataSource();

        public PgSchema() {
            PGSimpleDataSource admin = admin();
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + PG_URL + " (user postgres) is not reachable: " + e.getMessage()
                        + ". Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start", e);
            }
            dataSource.setURL(PG_URL + "?currentSchema=" + schema);
            dataSource.setUser("postgres");
        }

        @Override
        public void close() throws SQLException {
            try (Connection c = admin().getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }

        private static PGSimpleDataSource admin() {
            PGSimpleDataSource admin = new PGSimpleDataSource();
            admin.setURL(PG_URL);
            admin.setUser("postgres");
            admin.setConnectTimeout(5);
            return admin;
        }
    }
}
