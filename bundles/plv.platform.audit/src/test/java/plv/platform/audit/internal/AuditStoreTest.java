package plv.platform.audit.internal;

import plv.platform.db.testing.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import plv.platform.api.audit.AuditCheckpoint;
import plv.platform.api.audit.AuditEvent;
import plv.platform.api.audit.AuditRecord;
import plv.platform.api.audit.AuditVerification;
import plv.platform.api.audit.FieldChange;

/** The keyed chain on real Derby and PostgreSQL databases. */
class AuditStoreTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path tmp;

    private DataSource ds;
    private TestDatabases.PgSchema pg;
    private AuditStore store;
    private AuditKeys keys;

    @AfterEach
    void drop() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    private void open(String db, int migrations) throws Exception {
        if (db.equals("derby")) {
            ds = TestDatabases.derbyInMemory();
        } else {
            pg = new TestDatabases.PgSchema();
            ds = pg.dataSource;
        }
        migrate(1, db);
        if (migrations > 1) {
            migrate(2, db);
        }
        keys = AuditKeys.inMemory("test-1", KEY);
        store = new AuditStore(ds, Clock.systemUTC(), keys);
    }

    private void migrate(int version, String db) throws Exception {
        String name = version == 1 ? "/db/migration/V1__audit_chain.sql" : "/db/migration/V2__keyed_chain.sql";
        String sql;
        try (InputStream in = getClass().getResourceAsStream(name)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${text}", db.equals("derby") ? "VARCHAR(32000)" : "TEXT");
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
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void anUntouchedChainVerifies(String db) throws Exception {
        open(db, 2);
        AuditRecord first = store.appendAlone(event("create", "1", "name", null, "Camden"));
        AuditRecord second = store.appendAlone(event("update", "1", "name", "Camden", "London Borough of Camden"));
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(store.verify()).isEqualTo(new AuditVerification(true, 2, null));
        assertThat(store.forRecord("member", "1")).extracting(AuditRecord::action).containsExactly("create", "update");
        assertThat(store.forRecord("member", "1").get(1).changes())
                .containsEntry("name", new FieldChange("Camden", "London Borough of Camden"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void anEditedRowBreaksTheChainAtThatEntry(String db) throws Exception {
        open(db, 2);
        for (int i = 1; i <= 5; i++) {
            store.appendAlone(event("update", "7", "fee", String.valueOf(i - 1), String.valueOf(i)));
        }
        execute("UPDATE AUD_ENTRY SET CHANGES = '{\"fee\":{\"before\":\"2\",\"after\":\"999\"}}' WHERE ID = 3");
        AuditVerification v = store.verify();
        assertThat(v.valid()).isFalse();
        assertThat(v.firstBrokenEntry()).isEqualTo(3L);
        assertThat(v.reason()).contains("entry 3 does not match");
    }

    /** Finding 2: with plain SHA-256 an edit plus recomputed hashes verified; the keyed chain finds it. */
    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void anEditWithEveryHashRecomputedIsFound(String db) throws Exception {
        open(db, 2);
        for (int i = 1; i <= 5; i++) {
            store.appendAlone(event("update", "7", "fee", String.valueOf(i - 1), String.valueOf(i)));
        }
        execute("UPDATE AUD_ENTRY SET CHANGES = '{\"fee\":{\"before\":\"2\",\"after\":\"999\"}}' WHERE ID = 3");
        recomputeAsAnAttacker(false, null);
        assertThat(store.verify().valid()).isFalse();
        assertThat(store.verify().firstBrokenEntry()).isEqualTo(1L);
        // ... also when the rows are relabelled as the old plain scheme
        recomputeAsAnAttacker(true, null);
        assertThat(store.verify().valid()).isFalse();
        // ... and when the attacker guesses a key
        recomputeAsAnAttacker(false, "guessed-key-guessed-key-guessed!".getBytes(StandardCharsets.US_ASCII));
        assertThat(store.verify().valid()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void aDeletedLastEntryIsFound(String db) throws Exception {
        open(db, 2);
        store.appendAlone(event("create", "1", "name", null, "Camden"));
        store.appendAlone(event("create", "2", "name", null, "Hackney"));
        execute("DELETE FROM AUD_ENTRY WHERE ID = 2");
        AuditVerification v = store.verify();
        assertThat(v.valid()).isFalse();
        assertThat(v.firstBrokenEntry()).isEqualTo(2L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void aCheckpointFindsATailCutOffWithTheHeadMovedBack(String db) throws Exception {
        open(db, 2);
        for (int i = 1; i <= 5; i++) {
            store.appendAlone(event("create", Integer.toString(i), "name", null, "n" + i));
        }
        AuditCheckpoint cp = store.checkpoint();
        assertThat(cp.entries()).isEqualTo(5);
        store.appendAlone(event("create", "6", "name", null, "n6"));
        assertThat(store.verify(cp)).isEqualTo(new AuditVerification(true, 6, null));
        String hashOf3 = single("SELECT HASH FROM AUD_ENTRY WHERE ID = 3");
        execute("DELETE FROM AUD_ENTRY WHERE ID > 3");
        execute("UPDATE AUD_HEAD SET LAST_ID = 3, LAST_HASH = '" + hashOf3 + "'");
        assertThat(store.verify().valid()).as("without a checkpoint a clean cut is not visible").isTrue();
        AuditVerification v = store.verify(cp);
        assertThat(v.valid()).isFalse();
        assertThat(v.reason()).contains("cut short");
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void aCheckpointFindsAChainRewrittenEvenWithTheKey(String db) throws Exception {
        open(db, 2);
        for (int i = 1; i <= 4; i++) {
            store.appendAlone(event("create", Integer.toString(i), "name", null, "n" + i));
        }
        AuditCheckpoint cp = store.checkpoint();
        execute("UPDATE AUD_ENTRY SET ACTOR = 'mallory' WHERE ID = 2");
        recomputeAsAnAttacker(false, KEY);
        assertThat(store.verify().valid()).as("the key holder can re-sign").isTrue();
        AuditVerification v = store.verify(cp);
        assertThat(v.valid()).isFalse();
        assertThat(v.reason()).contains("rewritten");
        AuditCheckpoint forged = new AuditCheckpoint(cp.entries() - 1, cp.headHash(), cp.at(), cp.keyId(), cp.signature());
        assertThat(store.verify(forged).reason()).contains("signature is not genuine");
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void concurrentAppendsFormOneChain(String db) throws Exception {
        open(db, 2);
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

    /** Finding 2: verify answered valid:false while writes were in flight. */
    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void verifyNeverRaisesAFalseAlarmWhileWritesRun(String db) throws Exception {
        open(db, 2);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<AuditVerification> results = new ArrayList<>();
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                writers.add(pool.submit(() -> {
                    while (!stop.get()) {
                        int n = written.incrementAndGet();
                        store.appendAlone(event("update", Integer.toString(n), "n", null, Integer.toString(n)));
                    }
                    return null;
                }));
            }
            long end = System.nanoTime() + 4_000_000_000L;
            while (System.nanoTime() < end || results.size() < 20) {
                results.add(store.verify());
            }
            stop.set(true);
            for (Future<?> f : writers) {
                f.get();
            }
        } finally {
            stop.set(true);
            pool.shutdown();
        }
        assertThat(written.get()).as("writes ran during the verifications").isGreaterThan(20);
        assertThat(results).allSatisfy(v -> assertThat(v.valid()).as(v.toString()).isTrue());
        assertThat(results.get(results.size() - 1).entries()).isGreaterThan(results.get(0).entries());
    }

    /** Finding 2: a node in another time zone, or the hour before the October change, broke the chain for good. */
    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void entriesWrittenInOneZoneVerifyInAnotherIncludingTheRepeatedOctoberHour(String db) throws Exception {
        open(db, 2);
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/London"));
            // 01:30 BST and, an hour later, 01:30 GMT: the same local time twice on 25 October 2026
            Instant bst = Instant.parse("2026-10-25T00:30:00Z");
            Instant gmt = Instant.parse("2026-10-25T01:30:00Z");
            new AuditStore(ds, Clock.fixed(bst, ZoneOffset.UTC), keys).appendAlone(event("create", "1", "n", null, "a"));
            new AuditStore(ds, Clock.fixed(gmt, ZoneOffset.UTC), keys).appendAlone(event("create", "2", "n", null, "b"));
            new AuditStore(ds, Clock.fixed(Instant.parse("2026-07-01T12:00:00.5Z"), ZoneOffset.UTC), keys)
                    .appendAlone(event("create", "3", "n", null, "c"));
            assertThat(store.verify().valid()).isTrue();
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            assertThat(store.verify()).isEqualTo(new AuditVerification(true, 3, null));
            assertThat(store.forRecord("member", "2").get(0).recordedAt()).isEqualTo(gmt);
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
            assertThat(store.verify().valid()).isTrue();
            assertThat(store.forRecord("member", "1").get(0).recordedAt()).isEqualTo(bst);
        } finally {
            TimeZone.setDefault(before);
        }
    }

    /** Upgrade: entries of the plain SHA-256 chain (local times, London) are checked, re-chained and the upgrade recorded. */
    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void oldEntriesAreReChainedAtUpgradeWithARecordedEvent(String db) throws Exception {
        open(db, 1);
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/London"));
            writeLegacy(1, Instant.parse("2026-03-01T10:00:00.120Z"));
            writeLegacy(2, Instant.parse("2026-10-25T00:30:00Z"));
            writeLegacy(3, Instant.parse("2026-10-25T01:30:00Z"));
            migrate(2, db);
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            AuditRecord upgrade = store.upgradeLegacy().orElseThrow();
            assertThat(upgrade.id()).isEqualTo(4);
            assertThat(upgrade.action()).isEqualTo("upgrade-chain");
            assertThat(upgrade.changes()).containsEntry("entries", new FieldChange(null, "3"))
                    .containsEntry("previousChainIntact", new FieldChange(null, "true"));
            assertThat(store.upgradeLegacy()).as("once only").isEmpty();
            assertThat(store.verify()).isEqualTo(new AuditVerification(true, 4, null));
            assertThat(store.forRecord("member", "3").get(0).recordedAt()).isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
            store.appendAlone(event("create", "5", "n", null, "after"));
            assertThat(store.verify().valid()).isTrue();
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby"})
    void anOldChainAlreadyBrokenAtUpgradeIsRecordedSo(String db) throws Exception {
        open(db, 1);
        writeLegacy(1, Instant.parse("2026-03-01T10:00:00Z"));
        writeLegacy(2, Instant.parse("2026-03-01T11:00:00Z"));
        execute("UPDATE AUD_ENTRY SET ACTOR = 'mallory' WHERE ID = 1");
        migrate(2, db);
        AuditRecord upgrade = store.upgradeLegacy().orElseThrow();
        assertThat(upgrade.changes()).containsEntry("previousChainIntact", new FieldChange(null, "false"))
                .containsEntry("previousChainFirstBrokenEntry", new FieldChange(null, "1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby"})
    void rotatedKeysKeepOlderEntriesVerifiableAndAMissingKeyIsNamed(String db) throws Exception {
        open(db, 2);
        AuditKeys onDisk = AuditKeys.open(tmp.resolve("keys"));
        AuditStore s = new AuditStore(ds, Clock.systemUTC(), onDisk);
        String first = onDisk.currentId();
        s.appendAlone(event("create", "1", "n", null, "a"));
        String second = onDisk.rotate();
        assertThat(second).isNotEqualTo(first);
        s.appendAlone(event("create", "2", "n", null, "b"));
        assertThat(single("SELECT KEY_ID FROM AUD_ENTRY WHERE ID = 2")).isEqualTo(second);
        assertThat(new AuditStore(ds, Clock.systemUTC(), AuditKeys.open(tmp.resolve("keys"))).verify().valid()).isTrue();
        Files.delete(tmp.resolve("keys/audit-" + first + ".key"));
        AuditVerification v = new AuditStore(ds, Clock.systemUTC(), AuditKeys.open(tmp.resolve("keys"))).verify();
        assertThat(v.valid()).isFalse();
        assertThat(v.reason()).contains("audit key '" + first + "'");
    }

    @org.junit.jupiter.api.Test
    void theKeyFolderAndFilesAreTheOwnersOnlyAndTheKeyIsKept() throws Exception {
        Path folder = tmp.resolve("home/keys");
        AuditKeys k = AuditKeys.open(folder);
        Path file = folder.resolve("audit-" + k.currentId() + ".key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        AuditKeys again = AuditKeys.open(folder);
        assertThat(again.currentId()).isEqualTo(k.currentId());
        assertThat(again.key(k.currentId())).isEqualTo(k.key(k.currentId()));
        Files.writeString(folder.resolve(AuditKeys.CURRENT), "nothing-here\n");
        assertThatThrownBy(() -> AuditKeys.open(folder)).hasMessageContaining("names key nothing-here");
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby"})
    void aRolledBackChangeLeavesNoEntry(String db) throws Exception {
        open(db, 2);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            store.append(c, event("create", "9", "name", null, "Ealing"));
            c.rollback();
        }
        assertThat(store.verify()).isEqualTo(new AuditVerification(true, 0, null));
        assertThat(store.recent(10)).isEmpty();
    }

    /** What someone with write access to the database could do: rewrite every row's codes from its own content. */
    private void recomputeAsAnAttacker(boolean asPlainScheme, byte[] key) throws SQLException {
        try (Connection c = ds.getConnection()) {
            List<Object[]> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT ID, RECORDED_AT, AT_UTC, ACTOR, ACTION, RECORD_TYPE, RECORD_ID, CHANGES, KEY_ID FROM AUD_ENTRY ORDER BY ID")) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)});
                }
            }
            String previous = ChainHash.GENESIS;
            for (Object[] r : rows) {
                String hash = key != null
                        ? new ChainHash.Signer(key).entry((Long) r[0], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                                (String) r[6], (String) r[7], previous, (String) r[8])
                        : ChainHash.legacy((Long) r[0], (Instant) r[1], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                                (String) r[7], previous);
                try (PreparedStatement u = c.prepareStatement("UPDATE AUD_ENTRY SET PREVIOUS_HASH = ?, HASH = ?, SCHEME = ? WHERE ID = ?")) {
                    u.setString(1, previous);
                    u.setString(2, hash);
                    u.setString(3, asPlainScheme ? ChainHash.LEGACY : ChainHash.KEYED);
                    u.setLong(4, (Long) r[0]);
                    u.executeUpdate();
                }
                previous = hash;
            }
            try (PreparedStatement u = c.prepareStatement("UPDATE AUD_HEAD SET LAST_HASH = ?")) {
                u.setString(1, previous);
                u.executeUpdate();
            }
        }
    }

    /** An entry exactly as the code before the keyed chain wrote it: local time of the JVM's zone, plain SHA-256. */
    private void writeLegacy(long id, Instant at) throws SQLException {
        String previous = id == 1 ? ChainHash.GENESIS : single("SELECT HASH FROM AUD_ENTRY WHERE ID = " + (id - 1));
        String changes = "{\"n\":{\"before\":null,\"after\":\"v" + id + "\"}}";
        String hash = ChainHash.legacy(id, at, "secretary", "create", "member", Long.toString(id), changes, previous);
        try (Connection c = ds.getConnection(); PreparedStatement p = c.prepareStatement("INSERT INTO AUD_ENTRY (ID, RECORDED_AT,"
                + " ACTOR, ACTION, RECORD_TYPE, RECORD_ID, CHANGES, PREVIOUS_HASH, HASH) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, id);
            p.setTimestamp(2, Timestamp.from(at));
            p.setString(3, "secretary");
            p.setString(4, "create");
            p.setString(5, "member");
            p.setString(6, Long.toString(id));
            p.setString(7, changes);
            p.setString(8, previous);
            p.setString(9, hash);
            p.executeUpdate();
        }
        execute("UPDATE AUD_HEAD SET LAST_ID = " + id + ", LAST_HASH = '" + hash + "'");
    }

    private static AuditEvent event(String action, String id, String field, String before, String after) {
        return new AuditEvent("secretary", action, "member", id, Map.of(field, new FieldChange(before, after)));
    }

    private String single(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
