package plv.platform.db.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.ds.PGSimpleDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * One measurement in one JVM (bench/migrations.sh starts a fresh JVM per measurement): every owner's real migrations
 * (bundles/<owner>/src/main/resources/db/migration) through the product's {@link MigrationRunner} or through Flyway
 * (one Flyway instance, so one history table, per owner), on embedded Derby or PostgreSQL.
 *
 * <p>Lives in the runner's package because {@code MigrationRunner} is package-private in plv.platform.db.
 *
 * <p>Usage: {@code MigrationBench own|flyway derby|pg first|restart <bundles dir> <derby folder | pg schema>}, or
 * {@code MigrationBench own|flyway derby|pg newer <bundles dir> <derby folder | pg schema>} for the "database newer
 * than the scripts" check. Timed: from the moment the pool has one open connection (Derby booted, PostgreSQL connected;
 * both runners share that cost) to the last owner checked, including reading the scripts and loading the runner's
 * classes. Prints one line {@code RESULT runner db mode wall_ms cpu_ms owners executed_migrations tables}.
 * With {@code -Dbench.perOwner=true} each owner's wall ms goes to standard error; {@code -Dbench.baseline=false} runs
 * Flyway without baselineOnMigrate (it then refuses the second owner: the shared schema is no longer empty), and
 * {@code -Dbench.baselineVersion=1} baselines at Flyway's default version instead of 0 (every later owner's V1 skipped).
 */
public final class MigrationBench {

    public static void main(String[] args) throws Exception {
        String runner = args[0];
        String db = args[1];
        String mode = args[2];
        Path bundles = Path.of(args[3]);
        String where = args[4];
        List<Owner> owners = owners(bundles);

        HikariDataSource pool = pool(db, where);
        try (Connection c = pool.getConnection()) {
            c.isValid(2);
        }
        if ("newer".equals(mode)) {
            newer(runner, db, pool, owners);
            close(pool, db, where);
            return;
        }
        long before = "own".equals(runner) ? ownRows(pool) : 0;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        long executed = "own".equals(runner) ? own(pool, db, owners) : flyway(pool, db, owners);
        long t1 = System.nanoTime();
        long cpu1 = os.getProcessCpuTime();
        if ("own".equals(runner)) {
            executed = ownRows(pool) - before;
        }
        int tables = tables(pool);
        System.out.printf("RESULT %s %s %s %.1f %.1f %d %d %d%n", runner, db, mode, (t1 - t0) / 1e6, (cpu1 - cpu0) / 1e6,
                owners.size(), executed, tables);
        close(pool, db, where);
    }

    record Owner(String name, Path folder) {
    }

    /** Every bundle with a main resources folder db/migration: the owners the product migrates. */
    static List<Owner> owners(Path bundles) throws IOException {
        List<Owner> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(bundles)) {
            for (Path d : dirs.sorted().toList()) {
                Path folder = d.resolve("src/main/resources/db/migration");
                if (Files.isDirectory(folder)) {
                    out.add(new Owner(d.getFileName().toString(), folder));
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no bundles/*/src/main/resources/db/migration under " + bundles);
        }
        return out;
    }

    // ---- the product's runner, fed as DatabaseService.migrate feeds it (every V*.sql of the folder, parsed) ----

    static int own(DataSource ds, String db, List<Owner> owners) throws IOException {
        MigrationRunner runner = new MigrationRunner(ds, "derby".equals(db) ? Dialect.DERBY : Dialect.POSTGRESQL, "bench");
        int n = 0;
        for (Owner o : owners) {
            long t = System.nanoTime();
            List<MigrationScript> scripts = read(o.folder(), Integer.MAX_VALUE);
            runner.migrate(o.name(), scripts);
            n += scripts.size();
            perOwner(o, t);
        }
        return n;
    }

    static void perOwner(Owner o, long t) {
        if (Boolean.getBoolean("bench.perOwner")) {
            System.err.printf("OWNER %s %.1f ms%n", o.name(), (System.nanoTime() - t) / 1e6);
        }
    }

    static long ownRows(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            if (!MigrationRunner.exists(c, MigrationRunner.VERSION_TABLE)) {
                return 0;
            }
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + MigrationRunner.VERSION_TABLE)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static List<MigrationScript> read(Path folder, int upTo) throws IOException {
        List<MigrationScript> scripts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith("V") && name.endsWith(".sql")) {
                    MigrationScript s = MigrationScript.parse(name, Files.readAllBytes(f));
                    if (s.version() <= upTo) {
                        scripts.add(s);
                    }
                }
            }
        }
        return scripts;
    }

    // ---- Flyway: one instance per owner, its own history table ----

    static Flyway flyway(DataSource ds, String db, Owner o, String location, boolean refuseFuture) {
        var config = Flyway.configure()
                .dataSource(ds)
                .locations("filesystem:" + location)
                .table(historyTable(o.name()))
                // the product's two dialect placeholders happen to use Flyway's own ${...} syntax
                .placeholders("derby".equals(db)
                        ? Map.of("text", "VARCHAR(32000)", "bytes", "BLOB(64M)")
                        : Map.of("text", "TEXT", "bytes", "BYTEA"))
                // all owners share one schema: from the second owner on, Flyway finds the schema non-empty with no
                // history table of its own and refuses unless told to baseline; baseline at 0 so V1 still runs
                .baselineOnMigrate(!"false".equals(System.getProperty("bench.baseline")))
                .baselineVersion(System.getProperty("bench.baselineVersion", "0"));
        if (refuseFuture) {
            // Flyway's default ignoreMigrationPatterns is "*:future": a database newer than the scripts is accepted
            config = config.ignoreMigrationPatterns("");
        }
        return config.load();
    }

    static String historyTable(String owner) {
        return "FW_" + owner.replace('.', '_').toUpperCase();
    }

    static int flyway(DataSource ds, String db, List<Owner> owners) {
        int n = 0;
        for (Owner o : owners) {
            long t = System.nanoTime();
            MigrateResult r = flyway(ds, db, o, o.folder().toString(), false).migrate();
            if (!r.success) {
                throw new IllegalStateException("Flyway failed for " + o.name());
            }
            n += r.migrationsExecuted;
            perOwner(o, t);
        }
        return n;
    }

    // ---- a database newer than the scripts: migrate the first owner fully, then check it with its last script missing ----

    static void newer(String runner, String db, DataSource ds, List<Owner> owners) throws Exception {
        Owner o = owners.stream().max((a, b) -> Integer.compare(count(a), count(b))).orElseThrow();
        int last = count(o);
        Path older = Files.createTempDirectory("older-scripts");
        try (Stream<Path> files = Files.list(o.folder())) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith("V") && name.endsWith(".sql") && MigrationScript.parse(name, new byte[0]).version() < last) {
                    Files.copy(f, older.resolve(name));
                }
            }
        }
        if ("own".equals(runner)) {
            MigrationRunner r = new MigrationRunner(ds, "derby".equals(db) ? Dialect.DERBY : Dialect.POSTGRESQL, "bench");
            r.migrate(o.name(), read(o.folder(), Integer.MAX_VALUE));
            System.out.println("NEWER own: " + outcome(() -> r.migrate(o.name(), read(o.folder(), last - 1))));
        } else {
            flyway(ds, db, o, o.folder().toString(), false).migrate();
            System.out.println("NEWER flyway (defaults): "
                    + outcome(() -> flyway(ds, db, o, older.toString(), false).migrate()));
            System.out.println("NEWER flyway (ignoreMigrationPatterns empty): "
                    + outcome(() -> flyway(ds, db, o, older.toString(), true).migrate()));
        }
        System.out.println("NEWER owner " + o.name() + ": database at V" + last + ", scripts up to V" + (last - 1));
    }

    interface Step {
        Object run() throws Exception;
    }

    static String outcome(Step step) {
        try {
            Object r = step.run();
            if (r instanceof MigrateResult m) {
                return "accepted (migrate succeeded, " + m.migrationsExecuted + " executed, warnings " + m.warnings + ")";
            }
            return "accepted (" + r + ")";
        } catch (Exception e) {
            String msg = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
            return "refused: " + e.getClass().getSimpleName() + ": " + (msg.length() > 300 ? msg.substring(0, 300) + "..." : msg);
        }
    }

    static int count(Owner o) {
        try (Stream<Path> files = Files.list(o.folder())) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the database, pooled as DatabaseService pools it ----

    static HikariDataSource pool(String db, String where) throws IOException {
        DataSource raw;
        if ("derby".equals(db)) {
            Path folder = Path.of(where).toAbsolutePath();
            Files.createDirectories(folder.getParent());
            System.setProperty("derby.stream.error.file", folder.getParent().resolve("derby.log").toString());
            EmbeddedDataSource ds = new EmbeddedDataSource();
            ds.setDatabaseName(folder.toString());
            ds.setCreateDatabase("create");
            raw = ds;
        } else {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(System.getProperty("pg.url", "jdbc:postgresql://127.0.0.1:5432/test"));
            ds.setUser(System.getProperty("pg.user", "postgres"));
            ds.setCurrentSchema(where);
            ds.setConnectTimeout(5);
            raw = ds;
        }
        HikariConfig config = new HikariConfig();
        config.setDataSource(raw);
        config.setPoolName("bench");
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /** Tables in the connection's schema, to check that both runners built the same schema. */
    static int tables(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            String schema = c.getSchema();
            int n = 0;
            try (ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        }
    }

    static void close(HikariDataSource pool, String db, String where) {
        pool.close();
        if ("derby".equals(db)) {
            EmbeddedDataSource ds = new EmbeddedDataSource();
            ds.setDatabaseName(Path.of(where).toAbsolutePath().toString());
            ds.setShutdownDatabase("shutdown");
            try (Connection c = ds.getConnection()) {
                System.err.println("Derby did not confirm shutdown");
            } catch (SQLException expected) {
                // 08006: closed
            }
        }
    }
}
