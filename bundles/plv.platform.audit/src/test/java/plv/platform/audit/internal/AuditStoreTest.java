package plv.platform.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import plv.platform.api.audit.AuditEvent;
import plv.platform.api.audit.AuditRecord;
import plv.platform.api.audit.AuditVerification;
import plv.platform.api.audit.FieldChange;

class AuditStoreTest {

    private DataSource ds;
    private AuditStore store;

    @BeforeEach
    void createChain() throws Exception {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:audit" + UUID.randomUUID().toString().replace("-", ""));
        derby.setCreateDatabase("create");
        ds = derby;
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V1__audit_chain.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${text}", "VARCHAR(32000)");
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            StringBuilder stmt = new StringBuilder();
            for (String line : sql.split("\n")) {
                if (line.startsWith("--")) {
                    continue;
                }
                stmt.append(line).append('\n');
                if (line.strip().endsWith(";")) {
                    s.execute(stmt.toString().strip().replaceAll(";$", ""));
                    stmt.setLength(0);
                }
            }
        }
        store = new AuditStore(ds, Clock.systemUTC());
    }

    @Test
    void anUntouchedChainVerifies() throws Exception {
        AuditRecord first = store.appendAlone(event("create", "1", "name", null, "Camden"));
        AuditRecord second = store.appendAlone(event("update", "1", "name", "Camden", "London Borough of Camden"));
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(store.verify()).isEqualTo(new AuditVerification(true, 2, null));
        assertThat(store.forRecord("member", "1")).extracting(AuditRecord::action).containsExactly("create", "update");
        assertThat(store.forRecord("member", "1").get(1).changes())
                .containsEntry("name", new FieldChange("Camden", "London Borough of Camden"));
    }

    @Test
    void anEditedRowBreaksTheChainAtThatEntry() throws Exception {
        for (int i = 1; i <= 5; i++) {
            store.appendAlone(event("update", "7", "fee", String.valueOf(i - 1), String.valueOf(i)));
        }
        execute("UPDATE AUD_ENTRY SET CHANGES = '{\"fee\":{\"before\":\"2\",\"after\":\"999\"}}' WHERE ID = 3");
        assertThat(store.verify()).isEqualTo(new AuditVerification(false, 3, 3L));
    }

    @Test
    void aDeletedLastEntryIsFound() throws Exception {
        store.appendAlone(event("create", "1", "name", null, "Camden"));
        store.appendAlone(event("create", "2", "name", null, "Hackney"));
        execute("DELETE FROM AUD_ENTRY WHERE ID = 2");
        AuditVerification v = store.verify();
        assertThat(v.valid()).isFalse();
        assertThat(v.firstBrokenEntry()).isEqualTo(2L);
    }

    @Test
    void concurrentAppendsFormOneChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AuditRecord>> all = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String id = Integer.toString(i);
                all.add(pool.submit(() -> store.appendAlone(event("create", id, "n", null, id))));
            }
            for (Future<AuditRecord> f : all) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(store.verify()).isEqualTo(new AuditVerification(true, 40, null));
    }

    @Test
    void aRolledBackChangeLeavesNoEntry() throws Exception {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            store.append(c, event("create", "9", "name", null, "Ealing"));
            c.rollback();
        }
        assertThat(store.verify()).isEqualTo(new AuditVerification(true, 0, null));
        assertThat(store.recent(10)).isEmpty();
    }

    private static AuditEvent event(String action, String id, String field, String before, String after) {
        return new AuditEvent("secretary", action, "member", id, Map.of(field, new FieldChange(before, after)));
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
