package plv.product.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import plv.product.PgSchema;
import plv.product.ProductProcess;

/**
 * A PostgreSQL database made by the previous release (git tag {@code release-0.1}: the product started with the demo
 * data and {@code plv.admin.user=operator}, then dumped; see src/test/resources/upgrade/README.md) migrates to this
 * version with nothing lost: every row of every table is still there, its users can sign in, the audit chain is valid.
 */
class UpgradeTest {

    static final String FIXTURE = "/upgrade/release-0.1-postgresql.sql.gz";
    static final String FIXTURE_SCHEMA = "plv_release_0_1";

    @Test
    void aDatabaseMadeByTheLastReleaseMigratesWithNothingLost() throws Exception {
        try (PgSchema db = new PgSchema("plv_e2e_upgrade")) {
            load(db);
            Map<String, Long> countsBefore = counts(db);
            Map<String, TreeSet<Long>> idsBefore = ids(db, countsBefore.keySet());
            long auditBefore = countsBefore.get("aud_entry");
            assertThat(countsBefore.get("sec_user")).as("users in the fixture").isPositive();
            assertThat(auditBefore).as("audit entries in the fixture").isPositive();

            try (ProductProcess p = ProductProcess.start(ProductProcess.newHome("upgrade"), "-Dplv.db.url=" + db.url(),
                    "-Dplv.db.user=postgres")) {
                p.awaitHealthy(Duration.ofSeconds(180));
                Map<String, Long> countsAfter = counts(db);
                Map<String, TreeSet<Long>> idsAfter = ids(db, countsBefore.keySet());
                for (Map.Entry<String, Long> table : countsBefore.entrySet()) {
                    assertThat(countsAfter).as("table %s is still there", table.getKey()).containsKey(table.getKey());
                    assertThat(countsAfter.get(table.getKey())).as("rows of %s", table.getKey()).isGreaterThanOrEqualTo(table.getValue());
                }
                for (Map.Entry<String, TreeSet<Long>> table : idsBefore.entrySet()) {
                    assertThat(idsAfter.get(table.getKey())).as("ids of %s", table.getKey()).containsAll(table.getValue());
                }
                assertThat(p.shell("plv:auditVerify")).contains("\"valid\": true");
                WebSession.awaitSignInPage(p);
                // the release's administrator and demo users sign in with their passwords
                WebSession.signIn(p, "operator", "operator-password-1");
                WebSession secretary = WebSession.signIn(p, "secretary", "plv-demo-secretary");
                assertThat(secretary.get("/users").body()).contains("/users/mo.camden\"");
            }
        }
    }

    /** Loads the fixture into the test's schema with psql, as an operator restoring a plain dump would. */
    static void load(PgSchema db) throws Exception {
        String sql;
        try (InputStream in = new GZIPInputStream(UpgradeTest.class.getResourceAsStream(FIXTURE))) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(FIXTURE_SCHEMA, db.name)
                    // psql meta-commands of newer pg_dump versions that older psql clients do not know
                    .replaceAll("(?m)^\\\\(un)?restrict .*$", "");
        }
        Path file = Files.createTempFile(Path.of(System.getProperty("plv.test.dir", "target")), "upgrade-", ".sql");
        Files.writeString(file, sql);
        Process psql = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-q", "-v", "ON_ERROR_STOP=1",
                "-f", file.toString()).redirectErrorStream(true).start();
        String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(psql.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(psql.exitValue()).as("psql loading the fixture: %s", output).isZero();
        Files.delete(file);
    }

    /** Rows per table of the schema, by lower-case table name. */
    static Map<String, Long> counts(PgSchema db) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Connection c = PgSchema.admin().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + db.name
                    + "' AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + db.name + "." + t)) {
                    rs.next();
                    out.put(t.toLowerCase(java.util.Locale.ROOT), rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** The ID column's values of every table that has one. */
    static Map<String, TreeSet<Long>> ids(PgSchema db, Iterable<String> tables) throws Exception {
        Map<String, TreeSet<Long>> out = new TreeMap<>();
        try (Connection c = PgSchema.admin().getConnection(); Statement s = c.createStatement()) {
            for (String t : tables) {
                boolean hasId;
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = '" + db.name
                        + "' AND table_name = '" + t + "' AND column_name = 'id' AND data_type IN ('bigint', 'integer')")) {
                    rs.next();
                    hasId = rs.getLong(1) > 0;
                }
                if (!hasId) {
                    continue;
                }
                TreeSet<Long> ids = new TreeSet<>();
                try (ResultSet rs = s.executeQuery("SELECT ID FROM " + db.name + "." + t)) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                out.put(t, ids);
            }
        }
        return out;
    }
}
