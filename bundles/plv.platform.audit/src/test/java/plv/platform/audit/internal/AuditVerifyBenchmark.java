package plv.platform.audit.internal;

import plv.platform.db.testing.TestDatabases;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;

import plv.platform.api.audit.AuditVerification;

/**
 * Benchmark: fills an audit chain of N keyed entries (default 1,000,000) on Derby (a folder under target/) or in a
 * PostgreSQL schema, then times a full verify. Aim: under 10 s for 1 million entries.
 * Usage: bench/audit-verify.sh [derby|postgresql|both] [entries]
 */
public final class AuditVerifyBenchmark {

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "both";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        if (which.equals("derby") || which.equals("both")) {
            EmbeddedDataSource ds = new EmbeddedDataSource();
            ds.setDatabaseName("target/bench-audit-" + System.nanoTime());
            ds.setCreateDatabase("create");
            run("derby", ds, n, "VARCHAR(32000)");
        }
        if (which.equals("postgresql") || which.equals("both")) {
            try (TestDatabases.PgSchema pg = new TestDatabases.PgSchema()) {
                run("postgresql", pg.dataSource, n, "TEXT");
            }
        }
    }

    private static void run(String name, DataSource ds, int n, String text) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String file : new String[] {"/db/migration/V1__audit_chain.sql", "/db/migration/V2__keyed_chain.sql"}) {
                String sql;
                try (var in = AuditVerifyBenchmark.class.getResourceAsStream(file)) {
                    sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${text}", text);
                }
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
        byte[] key = "benchmark-key-benchmark-key-1234".getBytes(StandardCharsets.US_ASCII);
        AuditKeys keys = AuditKeys.inMemory("bench", key);
        long t0 = System.nanoTime();
        fill(ds, n, key);
        long filled = System.nanoTime();
        System.out.printf("%s: wrote %,d entries in %.1f s%n", name, n, (filled - t0) / 1e9);
        AuditStore store = new AuditStore(ds, Clock.systemUTC(), keys);
        for (int run = 1; run <= 2; run++) {
            long c0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long v0 = System.nanoTime();
            AuditVerification v = store.verify();
            double seconds = (System.nanoTime() - v0) / 1e9;
            double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0) / 1e9;
            System.out.printf("%s: verify %d of %,d entries: %.2f s, %.2f s CPU of the verifying thread, valid=%s%s; load average %.1f%n",
                    name, run, v.entries(), seconds, cpu, v.valid(), seconds < 10 ? " (aim < 10 s: met)" : " (aim < 10 s: NOT met)",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** Writes the chain directly in batches, exactly as append would, without the per-entry transaction. */
    private static void fill(DataSource ds, int n, byte[] key) throws Exception {
        ChainHash.Signer signer = new ChainHash.Signer(key);
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        String previous = ChainHash.GENESIS;
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO AUD_ENTRY (ID, RECORDED_AT, AT_UTC, ACTOR, ACTION, RECORD_TYPE,"
                    + " RECORD_ID, CHANGES, PREVIOUS_HASH, HASH, SCHEME, KEY_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int id = 1; id <= n; id++) {
                    Instant at = start.plusMillis(id * 1_000L);
                    String atUtc = ChainHash.canonical(at);
                    String changes = "{\"fee\":{\"before\":\"" + (id - 1) + "\",\"after\":\"" + id + "\"},\"name\":{\"before\":null,\"after\":\"Member " + id + "\"}}";
                    String hash = signer.entry(id, atUtc, "jo.secretary", "update", "member-agreement", Integer.toString(id % 5000), changes,
                            previous, "bench");
                    p.setLong(1, id);
                    p.setTimestamp(2, Timestamp.from(at), utc);
                    p.setString(3, atUtc);
                    p.setString(4, "jo.secretary");
                    p.setString(5, "update");
                    p.setString(6, "member-agreement");
                    p.setString(7, Integer.toString(id % 5000));
                    p.setString(8, changes);
                    p.setString(9, previous);
                    p.setString(10, hash);
                    p.setString(11, ChainHash.KEYED);
                    p.setString(12, "bench");
                    p.addBatch();
                    previous = hash;
                    if (id % 5_000 == 0) {
                        p.executeBatch();
                        c.commit();
                    }
                }
                p.executeBatch();
            }
            try (PreparedStatement h = c.prepareStatement("UPDATE AUD_HEAD SET LAST_ID = ?, LAST_HASH = ? WHERE ID = 1")) {
                h.setLong(1, n);
                h.setString(2, previous);
                h.executeUpdate();
            }
            c.commit();
        }
    }
}
