package plv.platform.db.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import plv.platform.api.persistence.SchemaMismatchException;
import plv.platform.api.persistence.SchemaVersion;

/**
 * Applies versioned migrations. All pending migrations of one owner run in one transaction that first takes the
 * row lock of {@code PLV_SCHEMA_LOCK}, so instances starting together against one database apply each migration
 * exactly once: the second waits, then finds nothing left to do.
 */
final class MigrationRunner {

    static final String VERSION_TABLE = "PLV_SCHEMA_VERSION";
    static final String LOCK_TABLE = "PLV_SCHEMA_LOCK";

    private final DataSource dataSource;
    private final Dialect dialect;
    private final String instance;
    /** Set once the bookkeeping tables are known to exist, so the per-owner migrations do not ask the catalogue again. */
    private volatile boolean infrastructureReady;

    MigrationRunner(DataSource dataSource, Dialect dialect, String instance) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.instance = instance;
    }

    /** Applies what is pending and answers the owner's schema version afterwards. */
    SchemaVersion migrate(String owner, List<MigrationScript> scripts) {
        List<MigrationScript> ordered = new ArrayList<>(scripts);
        ordered.sort(Comparator.comparingInt(MigrationScript::version));
        checkDistinctVersions(owner, ordered);
        try {
            ensureInfrastructure();
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    lock(c);
                    Map<Integer, String> applied = applied(c, owner);
                    check(owner, ordered, applied);
                    int version = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
                    for (MigrationScript script : ordered) {
                        if (!applied.containsKey(script.version())) {
                            apply(c, owner, script);
                            version = Math.max(version, script.version());
                        }
                    }
                    c.commit();
                    return new SchemaVersion(owner, version);
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Migrations of " + owner + " failed: " + e.getMessage(), e);
        }
    }

    List<SchemaVersion> versions() {
        try {
            ensureInfrastructure();
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT OWNER, MAX(VERSION) FROM " + VERSION_TABLE + " GROUP BY OWNER ORDER BY OWNER")) {
                List<SchemaVersion> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new SchemaVersion(rs.getString(1), rs.getInt(2)));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read schema versions: " + e.getMessage(), e);
        }
    }

    private static void checkDistinctVersions(String owner, List<MigrationScript> ordered) {
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).version() == ordered.get(i - 1).version()) {
                throw new SchemaMismatchException(owner + " has two migrations numbered " + ordered.get(i).version());
            }
        }
    }

    private static void check(String owner, List<MigrationScript> ordered, Map<Integer, String> applied) {
        int known = ordered.isEmpty() ? 0 : ordered.get(ordered.size() - 1).version();
        for (Map.Entry<Integer, String> e : applied.entrySet()) {
            if (e.getKey() > known) {
                throw new SchemaMismatchException("The database holds schema version " + e.getKey() + " of " + owner
                        + " but this product knows only up to " + known
                        + ": run the newer product version or restore a matching backup.");
            }
        }
        for (MigrationScript s : ordered) {
            String checksum = applied.get(s.version());
            if (checksum != null && !checksum.equals(s.checksum())) {
                throw new SchemaMismatchException("Migration V" + s.version() + " of " + owner
                        + " was changed after it was applied (checksum differs): restore the original file"
                        + " and put the change in a new migration.");
            }
        }
    }

    private void apply(Connection c, String owner, MigrationScript script) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : script.statements(dialect)) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new SQLException("V" + script.version() + " (" + script.description() + "): " + e.getMessage(), e.getSQLState(), e);
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + VERSION_TABLE
                + " (OWNER, VERSION, DESCRIPTION, CHECKSUM, APPLIED_AT, APPLIED_BY) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setString(1, owner);
            p.setInt(2, script.version());
            p.setString(3, script.description());
            p.setString(4, script.checksum());
            p.setTimestamp(5, Timestamp.from(Instant.now()));
            p.setString(6, instance);
            p.executeUpdate();
        }
    }

    private static Map<Integer, String> applied(Connection c, String owner) throws SQLException {
        Map<Integer, String> out = new TreeMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT VERSION, CHECKSUM FROM " + VERSION_TABLE + " WHERE OWNER = ?")) {
            p.setString(1, owner);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    private void lock(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE " + LOCK_TABLE + " SET LOCKED_BY = ?, LOCKED_AT = ? WHERE ID = 1")) {
            p.setString(1, instance);
            p.setTimestamp(2, Timestamp.from(Instant.now()));
            if (p.executeUpdate() != 1) {
                throw new SQLException(LOCK_TABLE + " has no row 1");
            }
        }
    }

    /** Creates the two bookkeeping tables and the lock row; safe when another instance does the same at once. */
    private void ensureInfrastructure() throws SQLException {
        if (infrastructureReady) {
            return;
        }
        createIfMissing(VERSION_TABLE, "CREATE TABLE " + VERSION_TABLE + " (OWNER VARCHAR(200) NOT NULL, VERSION INTEGER NOT NULL,"
                + " DESCRIPTION VARCHAR(400) NOT NULL, CHECKSUM VARCHAR(64) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL,"
                + " APPLIED_BY VARCHAR(200) NOT NULL, PRIMARY KEY (OWNER, VERSION))");
        createIfMissing(LOCK_TABLE, "CREATE TABLE " + LOCK_TABLE
                + " (ID INTEGER NOT NULL PRIMARY KEY, LOCKED_BY VARCHAR(200), LOCKED_AT TIMESTAMP)");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (count(c, "SELECT COUNT(*) FROM " + LOCK_TABLE + " WHERE ID = 1") == 0) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO " + LOCK_TABLE + " (ID) VALUES (1)");
                } catch (SQLException raced) {
                    if (count(c, "SELECT COUNT(*) FROM " + LOCK_TABLE + " WHERE ID = 1") == 0) {
                        throw raced;
                    }
                }
            }
        }
        infrastructureReady = true;
    }

    private void createIfMissing(String table, String ddl) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (exists(c, table)) {
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute(ddl);
            } catch (SQLException raced) {
                // Another instance may have created it between our check and our CREATE.
                if (!exists(c, table)) {
                    throw raced;
                }
            }
        }
    }

    /**
     * Whether the table is there, asked with a query that reads no row rather than through the catalogue's metadata
     * (Derby answers {@code getTables} with a large stored statement, the most expensive step of a restart's migration
     * check). The name resolves in the connection's current schema as the CREATE does; a missing table is SQL state
     * 42X05 on Derby and 42P01 on PostgreSQL, anything else is an error.
     */
    static boolean exists(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE 1 = 0")) {
            return true;
        } catch (SQLException e) {
            if ("42X05".equals(e.getSQLState()) || "42P01".equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
