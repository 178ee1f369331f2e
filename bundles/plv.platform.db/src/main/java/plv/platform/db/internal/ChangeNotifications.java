package plv.platform.db.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the nodes sharing one PostgreSQL database which owners' data changed, so that each node's read caches are
 * out of date within milliseconds of another node's commit. A write sends {@code NOTIFY plv_changes} with
 * {@code <schema> <node> <owner>} in its own transaction (PostgreSQL delivers it only on commit); one thread per node
 * listens on a connection of its own, outside the pool, and counts what the other nodes announced per owner. While
 * that connection is broken the counts are unknown ({@code -1}, caches off); once it is back every count moves on,
 * since announcements may have been missed meanwhile.
 */
final class ChangeNotifications implements AutoCloseable {

    static final String CHANNEL = "plv_changes";
    private static final Logger LOG = LoggerFactory.getLogger(ChangeNotifications.class);

    private final DataSource unpooled;
    private final String schema;
    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    /** Moves on each time the listening connection is (re)opened: announcements may have been missed before. */
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean listening;
    private volatile boolean closed;
    private final Thread thread;

    ChangeNotifications(DataSource unpooled, String schema) {
        this.unpooled = unpooled;
        this.schema = schema;
        this.thread = new Thread(this::listen, "plv-change-listener");
        thread.setDaemon(true);
    }

    /** Starts listening and waits (up to 5 s) until the listening connection is open. */
    ChangeNotifications start() {
        thread.start();
        long end = System.nanoTime() + 5_000_000_000L;
        while (!listening && System.nanoTime() < end) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return this;
    }

    void announce(Connection connection, String owner) {
        try (PreparedStatement p = connection.prepareStatement("SELECT pg_notify('" + CHANNEL + "', ?)")) {
            p.setString(1, schema + " " + node + " " + owner);
            p.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot announce a change of " + owner + " to the other nodes: " + e.getMessage(), e);
        }
    }

    long changesElsewhere(String owner) {
        if (!listening) {
            return -1;
        }
        AtomicLong count = counts.get(owner);
        return generation.get() + (count == null ? 0 : count.get());
    }

    private void listen() {
        while (!closed) {
            try (Connection c = unpooled.getConnection()) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                generation.incrementAndGet();
                listening = true;
                LOG.debug("Listening for changes made by other nodes");
                long lastCheck = System.nanoTime();
                while (!closed) {
                    PGNotification[] notes = pg.getNotifications(500);
                    if (notes != null) {
                        for (PGNotification n : notes) {
                            heard(n.getParameter());
                        }
                    }
                    if (System.nanoTime() - lastCheck > 5_000_000_000L) {
                        // a connection cut without a word (e.g. by a firewall) shows here
                        if (!c.isValid(2)) {
                            throw new SQLException("the listening connection is no longer valid");
                        }
                        lastCheck = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                if (listening) {
                    LOG.warn("Lost the connection that hears other nodes' changes ({}); caches are off until it is back", e.getMessage());
                }
                listening = false;
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    void heard(String payload) {
        String[] parts = payload.split(" ", 3);
        if (parts.length == 3 && parts[0].equals(schema) && !parts[1].equals(node)) {
            counts.computeIfAbsent(parts[2], o -> new AtomicLong()).incrementAndGet();
        }
    }

    /** The schema the data is in, as PostgreSQL names it for {@code connection}. */
    static String currentSchema(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_schema()")) {
            rs.next();
            String name = rs.getString(1);
            return name == null ? "public" : name;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot ask PostgreSQL for the current schema: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closed = true;
        listening = false;
        thread.interrupt();
        try {
            thread.join(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
