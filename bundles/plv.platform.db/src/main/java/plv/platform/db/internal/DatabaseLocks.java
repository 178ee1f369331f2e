package plv.platform.db.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Named locks over the whole database. On PostgreSQL a session advisory lock ({@code pg_advisory_lock}) on a
 * connection of its own, outside the pool, keyed by the schema and the name, so nodes sharing the database exclude
 * each other and a node that dies releases its locks with its connection. Embedded Derby is opened by one process
 * only, so a lock inside this process is enough there.
 */
final class DatabaseLocks {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseLocks.class);
    static final long WAIT_MINUTES = 10;

    /** The names the current thread holds, so that it can take the same one again without waiting for itself. */
    private static final ThreadLocal<Set<String>> HELD = ThreadLocal.withInitial(HashSet::new);

    private final DataSource unpooled;
    private final String namespace;
    private final Map<String, ReentrantLock> local = new ConcurrentHashMap<>();

    /** @param unpooled PostgreSQL connections not taken from the pool, or {@code null} for Derby */
    DatabaseLocks(DataSource unpooled, String namespace) {
        this.unpooled = unpooled;
        this.namespace = namespace;
    }

    void exclusively(String name, Runnable work) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a database lock needs a name");
        }
        Set<String> held = HELD.get();
        if (held.contains(name)) {
            work.run();
            return;
        }
        // Within this process first: threads of one node queue here and not on database connections.
        ReentrantLock lock = local.computeIfAbsent(name, n -> new ReentrantLock());
        try {
            if (!lock.tryLock(WAIT_MINUTES, TimeUnit.MINUTES)) {
                throw new IllegalStateException("Waited " + WAIT_MINUTES + " minutes for the lock " + name + " in this node");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the lock " + name, e);
        }
        held.add(name);
        try {
            if (unpooled == null) {
                work.run();
            } else {
                acrossNodes(name, work);
            }
        } finally {
            held.remove(name);
            lock.unlock();
        }
    }

    private void acrossNodes(String name, Runnable work) {
        String key = namespace + ":" + name;
        try (Connection c = unpooled.getConnection()) {
            c.setAutoCommit(true);
            if (!call(c, "SELECT pg_try_advisory_lock(hashtext(?))", key)) {
                LOG.info("Waiting for another node to finish {}", name);
                try (Statement s = c.createStatement()) {
                    s.execute("SET lock_timeout = '" + WAIT_MINUTES + "min'");
                }
                try {
                    call(c, "SELECT pg_advisory_lock(hashtext(?)) IS NOT NULL", key);
                } catch (SQLException e) {
                    throw new IllegalStateException("Waited " + WAIT_MINUTES + " minutes for another node to finish " + name
                            + " (" + e.getMessage() + ")", e);
                }
                LOG.info("Another node finished {}; going on", name);
            }
            try {
                work.run();
            } finally {
                try {
                    call(c, "SELECT pg_advisory_unlock(hashtext(?))", key);
                } catch (SQLException e) {
                    // closing the connection below releases it as well
                    LOG.debug("Could not release the lock {}", name, e);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the database lock " + name + ": " + e.getMessage(), e);
        }
    }

    private static boolean call(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, key);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
