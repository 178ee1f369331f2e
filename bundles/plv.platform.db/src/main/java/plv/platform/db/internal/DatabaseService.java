package plv.platform.db.internal;

import java.lang.management.ManagementFactory;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import plv.platform.api.persistence.Database;
import plv.platform.api.persistence.DatabaseKind;
import plv.platform.api.persistence.SchemaMismatchException;
import plv.platform.api.persistence.SchemaVersion;

/** The product's one database, pooled, with the migration runner and online backup. */
@Component(service = Database.class, configurationPid = "plv.db", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = DatabaseSettings.class)
public class DatabaseService implements Database {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseService.class);

    private final BundleContext context;
    private final DatabaseTarget target;
    private final HikariDataSource pool;
    private final MigrationRunner migrations;
    private final boolean dropSchemaOnStop;
    private final DatabaseLocks locks;
    /** PostgreSQL only: what the other nodes sharing the database changed. */
    private final ChangeNotifications changes;

    @Activate
    public DatabaseService(BundleContext context, DatabaseSettings settings) {
        this.context = context;
        Path home = PlvHome.of(context);
        try {
            this.target = DatabaseTarget.of(or(settings.url(), context.getProperty("plv.db.url")),
                    or(settings.user(), context.getProperty("plv.db.user")),
                    or(settings.password(), context.getProperty("plv.db.password")), home);
        } catch (IllegalArgumentException e) {
            throw StartupFailure.fail(context, e.getMessage());
        }
        this.dropSchemaOnStop = settings.dropSchemaOnStop() || Boolean.parseBoolean(context.getProperty("plv.db.dropSchemaOnStop"));
        DataSource raw = target.kind() == DatabaseKind.DERBY
                ? derby(home, or(settings.restoreFrom(), context.getProperty("plv.db.restoreFrom")))
                : postgres();
        checkReachable(raw);
        this.pool = pool(raw, settings.poolSize());
        this.migrations = new MigrationRunner(pool, Dialect.of(target.kind()), instanceName());
        if (target.kind() == DatabaseKind.POSTGRESQL) {
            String schema = ChangeNotifications.currentSchema(raw);
            this.locks = new DatabaseLocks(raw, schema);
            this.changes = new ChangeNotifications(raw, schema).start();
        } else {
            this.locks = new DatabaseLocks(null, "derby");
            this.changes = null;
        }
        LOG.info("Database: {} at {}", target.kind().id(), target.location());
    }

    @Deactivate
    void deactivate() {
        if (changes != null) {
            changes.close();
        }
        pool.close();
        if (target.kind() == DatabaseKind.DERBY) {
            shutdownDerby();
        } else if (dropSchemaOnStop) {
            target.schema().ifPresent(this::dropSchema);
        }
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public DatabaseKind kind() {
        return target.kind();
    }

    @Override
    public String location() {
        return target.location();
    }

    @Override
    public boolean reachable() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public List<SchemaVersion> migrate(Bundle owner, String folder) {
        List<MigrationScript> scripts = new ArrayList<>();
        Enumeration<URL> entries = owner.findEntries(folder, "V*.sql", false);
        for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            try (var in = url.openStream()) {
                scripts.add(MigrationScript.parse(name, in.readAllBytes()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Cannot read migration " + name + " of " + owner.getSymbolicName(), e);
            }
        }
        try {
            SchemaVersion v = migrations.migrate(owner.getSymbolicName(), scripts);
            LOG.info("Schema of {} is at version {}", v.owner(), v.version());
            return List.of(v);
        } catch (SchemaMismatchException e) {
            throw StartupFailure.fail(context, e.getMessage());
        }
    }

    @Override
    public List<SchemaVersion> schemaVersions() {
        return migrations.versions();
    }

    @Override
    public Path backup(Path targetFolder) {
        if (target.kind() != DatabaseKind.DERBY) {
            throw new IllegalStateException("Online backup is for the embedded Derby database; back up PostgreSQL with pg_dump.");
        }
        try {
            Files.createDirectories(targetFolder);
            try (Connection c = pool.getConnection(); CallableStatement s = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                s.setString(1, targetFolder.toAbsolutePath().toString());
                s.execute();
            }
            Path copy = targetFolder.toAbsolutePath().resolve(target.derbyFolder().getFileName());
            LOG.info("Backed up the database to {}", copy);
            return copy;
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("Backup to " + targetFolder + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void exclusively(String name, Runnable work) {
        locks.exclusively(name, work);
    }

    @Override
    public void announceChange(Connection connection, String owner) {
        if (changes != null) {
            changes.announce(connection, owner);
        }
    }

    @Override
    public long changesElsewhere(String owner) {
        return changes == null ? 0 : changes.changesElsewhere(owner);
    }

    private DataSource derby(Path home, String restoreFrom) {
        try {
            Files.createDirectories(home.resolve("logs"));
        } catch (java.io.IOException e) {
            throw StartupFailure.fail(context, "cannot create " + home.resolve("logs") + ": " + e.getMessage());
        }
        // Derby reads these once, before its first connection.
        System.setProperty("derby.system.home", home.toAbsolutePath().toString());
        System.setProperty("derby.stream.error.file", home.resolve("logs/derby.log").toAbsolutePath().toString());
        derbyProperties(home);
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(target.derbyFolder().toString());
        if (restoreFrom != null && !restoreFrom.isBlank()) {
            restore(ds, Path.of(restoreFrom));
        }
        ds.setCreateDatabase("create");
        return ds;
    }

    /**
     * Writes {@code derby.properties} in Derby's system home when it is missing. It turns Derby's JMX management
     * service off: booting it starts the JVM's platform MBean server (some 200 classes and a tenth of a second of CPU
     * at every start) for MBeans the suite never reads; {@code /health} and {@code /api/health} report the database.
     * An operator who wants Derby's MBeans removes the line; the file is not written again while it exists.
     */
    private void derbyProperties(Path home) {
        Path file = home.resolve("derby.properties");
        if (Files.exists(file)) {
            return;
        }
        try {
            Files.writeString(file, "# Written by the PLV Governance Suite when missing (see docs/operations.md). Derby reads it at boot.\n"
                    + "# Derby's JMX MBeans are off; remove the next line to turn them on.\n"
                    + "derby.module.mgmt.jmx=org.apache.derby.impl.services.jmxnone.NoManagementService\n");
        } catch (java.io.IOException e) {
            LOG.warn("Could not write {}: {} (Derby keeps its JMX MBeans)", file, e.getMessage());
        }
    }

    private void restore(EmbeddedDataSource ds, Path from) {
        if (!Files.isRegularFile(from.resolve("service.properties"))) {
            throw StartupFailure.fail(context, "plv.db.restoreFrom=" + from + " is not a Derby backup folder (no service.properties);"
                    + " give the folder that plv:backup made, e.g. <backup>/db");
        }
        ds.setConnectionAttributes("restoreFrom=" + from.toAbsolutePath());
        try (Connection c = ds.getConnection()) {
            LOG.info("Restored the database from {}", from);
        } catch (SQLException e) {
            throw StartupFailure.fail(context, "restore from " + from + " failed: " + e.getMessage());
        }
        ds.setConnectionAttributes(null);
    }

    private DataSource postgres() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(target.url());
        if (!target.user().isEmpty()) {
            ds.setUser(target.user());
        }
        if (!target.password().isEmpty()) {
            ds.setPassword(target.password());
        }
        ds.setConnectTimeout(5);
        // Names this product's connections in pg_stat_activity: bin/plv restore refuses while any node is connected.
        ds.setApplicationName("plv:" + target.schema().orElse("public"));
        target.schema().ifPresent(schema -> {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            } catch (SQLException e) {
                // reported by checkReachable below with the full advice
                LOG.debug("Could not create schema {}", schema, e);
            }
        });
        return ds;
    }

    private void checkReachable(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            String advice = target.kind() == DatabaseKind.POSTGRESQL
                    ? "check plv.db.url, plv.db.user and plv.db.password and that PostgreSQL is running"
                            + " (e.g. pg_ctlcluster 15 main start)"
                    : "check that plv.home is writable and that no other PLV process uses " + target.derbyFolder();
            throw StartupFailure.fail(context, "database " + target.location() + " is not reachable (" + firstLine(e) + "); " + advice);
        }
    }

    private HikariDataSource pool(DataSource raw, int size) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(raw);
        config.setPoolName("plv");
        config.setMaximumPoolSize(Math.max(2, size));
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    private void shutdownDerby() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(target.derbyFolder().toString());
        ds.setShutdownDatabase("shutdown");
        try (Connection c = ds.getConnection()) {
            LOG.warn("Derby did not confirm shutdown");
        } catch (SQLException expected) {
            LOG.info("Derby database closed ({})", expected.getSQLState());
        }
    }

    private void dropSchema(String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(target.url());
        if (!target.user().isEmpty()) {
            ds.setUser(target.user());
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            LOG.info("Dropped schema {}", schema);
        } catch (SQLException e) {
            LOG.warn("Could not drop schema {}: {}", schema, e.getMessage());
        }
    }

    private static String instanceName() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static String or(String value, String fallback) {
        return value != null && !value.isBlank() ? value : fallback;
    }
}
