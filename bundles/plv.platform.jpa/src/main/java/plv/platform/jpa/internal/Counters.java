package plv.platform.jpa.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.LongSupplier;

/**
 * Named counters in {@code PLV_COUNTER}, one row each. Taking a number increments the row inside the caller's
 * transaction, which locks it until that transaction ends: concurrent creators queue on the row instead of racing for a
 * unique key. A missing row is inserted (seeded with the highest number already in use) behind a savepoint, so a
 * creator that loses the race to insert it simply uses the winner's row.
 */
final class Counters {

    private Counters() {
    }

    static long next(Connection c, String name, LongSupplier highestInUse) throws SQLException {
        if (increment(c, name) == 0) {
            long seed = highestInUse.getAsLong();
            Savepoint before = c.setSavepoint();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO PLV_COUNTER (NAME, LAST_VALUE) VALUES (?, ?)")) {
                insert.setString(1, name);
                insert.setLong(2, seed);
                insert.executeUpdate();
                c.releaseSavepoint(before);
            } catch (SQLException e) {
                if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                    throw e;
                }
                c.rollback(before); // someone else created it first: use theirs
            }
            if (increment(c, name) != 1) {
                throw new SQLException("Counter " + name + " could not be created");
            }
        }
        try (PreparedStatement read = c.prepareStatement("SELECT LAST_VALUE FROM PLV_COUNTER WHERE NAME = ?")) {
            read.setString(1, name);
            try (ResultSet rs = read.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int increment(Connection c, String name) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE PLV_COUNTER SET LAST_VALUE = LAST_VALUE + 1 WHERE NAME = ?")) {
            up.setString(1, name);
            return up.executeUpdate();
        }
    }
}
