package plv.platform.db.internal;

import plv.platform.db.testing.TestDatabases;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import plv.platform.api.persistence.SchemaMismatchException;
import plv.platform.api.persistence.SchemaVersion;

class MigrationRunnerTest {

    private static final MigrationScript V1 = script("V1__members.sql",
            "-- members\nCREATE TABLE T_MEMBER (ID INTEGER NOT NULL PRIMARY KEY, NAME VARCHAR(100) NOT NULL, NOTES ${text});\n");
    private static final MigrationScript V2 = script("V2__add_gss.sql",
            "ALTER TABLE T_MEMBER ADD COLUMN GSS VARCHAR(9);\nINSERT INTO T_MEMBER (ID, NAME, GSS) VALUES (1, 'Camden', 'E09000007');\n");

    @Test
    void appliesPendingMigrationsInOrderOnceOnDerby() throws Exception {
        appliesPendingMigrationsInOrderOnce(TestDatabases.derbyInMemory(), Dialect.DERBY);
    }

    @Test
    void appliesPendingMigrationsInOrderOnceOnPostgres() throws Exception {
        try (var pg = new TestDatabases.PgSchema()) {
            appliesPendingMigrationsInOrderOnce(pg.dataSource, Dialect.POSTGRESQL);
        }
    }

    private void appliesPendingMigrationsInOrderOnce(DataSource ds, Dialect dialect) throws Exception {
        MigrationRunner runner = new MigrationRunner(ds, dialect, "test");
        assertThat(runner.migrate("plv.test", List.of(V1))).isEqualTo(new SchemaVersion("plv.test", 1));
        // given out of order: V2 runs after V1 and V1 is not run again
        assertThat(runner.migrate("plv.test", List.of(V2, V1))).isEqualTo(new SchemaVersion("plv.test", 2));
        assertThat(runner.migrate("plv.test", List.of(V1, V2))).isEqualTo(new SchemaVersion("plv.test", 2));
        assertThat(count(ds, "SELECT COUNT(*) FROM T_MEMBER")).isEqualTo(1);
        assertThat(count(ds, "SELECT COUNT(*) FROM PLV_SCHEMA_VERSION WHERE OWNER = 'plv.test'")).isEqualTo(2);
        assertThat(runner.versions()).containsExactly(new SchemaVersion("plv.test", 2));
    }

    @Test
    void tellsWhetherATableExistsOnDerby() throws Exception {
        tellsWhetherATableExists(TestDatabases.derbyInMemory());
    }

    @Test
    void tellsWhetherATableExistsOnPostgres() throws Exception {
        try (var pg = new TestDatabases.PgSchema()) {
            tellsWhetherATableExists(pg.dataSource);
        }
    }

    /** The probe that replaced the catalogue look-up: present, missing, and an error that is not "missing". */
    private void tellsWhetherATableExists(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(true);
            assertThat(MigrationRunner.exists(c, "T_PROBE")).isFalse();
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE T_PROBE (ID INTEGER NOT NULL PRIMARY KEY)");
            }
            assertThat(MigrationRunner.exists(c, "T_PROBE")).isTrue();
            assertThat(MigrationRunner.exists(c, "t_probe")).as("unquoted names fold as the CREATE's did").isTrue();
            assertThatThrownBy(() -> MigrationRunner.exists(c, "T_PROBE WHERE NOSUCHCOLUMN = 1 AND"))
                    .isInstanceOf(SQLException.class);
            // the connection is still usable after the refused probes (PostgreSQL: no aborted transaction)
            assertThat(MigrationRunner.exists(c, "T_PROBE")).isTrue();
        }
    }

    @Test
    void refusesAChangedMigration() {
        DataSource ds = TestDatabases.derbyInMemory();
        MigrationRunner runner = new MigrationRunner(ds, Dialect.DERBY, "test");
        runner.migrate("plv.test", List.of(V1));
        MigrationScript edited = script("V1__members.sql", "CREATE TABLE T_MEMBER (ID INTEGER NOT NULL PRIMARY KEY);\n");
        assertThatThrownBy(() -> runner.migrate("plv.test", List.of(edited)))
                .isInstanceOf(SchemaMismatchException.class)
                .hasMessageContaining("V1 of plv.test was changed after it was applied");
    }

    @Test
    void refusesADatabaseNewerThanTheCode() {
        DataSource ds = TestDatabases.derbyInMemory();
        MigrationRunner runner = new MigrationRunner(ds, Dialect.DERBY, "test");
        runner.migrate("plv.test", List.of(V1, V2));
        assertThatThrownBy(() -> runner.migrate("plv.test", List.of(V1)))
                .isInstanceOf(SchemaMismatchException.class)
                .hasMessageContaining("holds schema version 2 of plv.test but this product knows only up to 1");
    }

    @Test
    void aFailingMigrationLeavesNothingBehind() throws Exception {
        try (var pg = new TestDatabases.PgSchema()) {
            MigrationRunner runner = new MigrationRunner(pg.dataSource, Dialect.POSTGRESQL, "test");
            MigrationScript broken = script("V2__broken.sql", "CREATE TABLE T_OTHER (ID INTEGER);\nINSERT INTO NO_SUCH_TABLE VALUES (1);\n");
            assertThatThrownBy(() -> runner.migrate("plv.test", List.of(V1, broken)))
                    .hasMessageContaining("V2 (broken)");
            // V1 ran in the same transaction and was rolled back with V2: the schema is untouched
            assertThat(runner.versions()).isEmpty();
            assertThat(count(pg.dataSource, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                    + pg.schema + "' AND table_name IN ('t_member', 't_other')")).isZero();
        }
    }

    @Test
    void instancesMigratingAtOnceApplyEachMigrationExactlyOnce() throws Exception {
        try (var pg = new TestDatabases.PgSchema()) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<SchemaVersion>> starts = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    String instance = "instance-" + i;
                    starts.add(() -> new MigrationRunner(pg.dataSource, Dialect.POSTGRESQL, instance).migrate("plv.test", List.of(V1, V2)));
                }
                for (Future<SchemaVersion> f : pool.invokeAll(starts)) {
                    assertThat(f.get()).isEqualTo(new SchemaVersion("plv.test", 2));
                }
            } finally {
                pool.shutdown();
            }
            assertThat(count(pg.dataSource, "SELECT COUNT(*) FROM T_MEMBER")).isEqualTo(1);
            assertThat(count(pg.dataSource, "SELECT COUNT(*) FROM PLV_SCHEMA_VERSION")).isEqualTo(2);
        }
    }

    @Test
    void splitsStatementsAndExpandsTypesPerDialect() {
        assertThat(V1.statements(Dialect.DERBY)).containsExactly(
                "CREATE TABLE T_MEMBER (ID INTEGER NOT NULL PRIMARY KEY, NAME VARCHAR(100) NOT NULL, NOTES VARCHAR(32000))");
        assertThat(V1.statements(Dialect.POSTGRESQL)).containsExactly(
                "CREATE TABLE T_MEMBER (ID INTEGER NOT NULL PRIMARY KEY, NAME VARCHAR(100) NOT NULL, NOTES TEXT)");
        assertThat(V2.statements(Dialect.DERBY)).hasSize(2);
        assertThatThrownBy(() -> script("members.sql", "")).hasMessageContaining("V<number>__<description>.sql");
    }

    private static MigrationScript script(String name, String sql) {
        return MigrationScript.parse(name, sql.getBytes(UTF_8));
    }

    private static long count(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
