package plv.platform.spi.persistence;

import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/** One bundle's persistence unit: short read and write transactions with the audit trail built in. */
@ProviderType
public interface Store extends AutoCloseable {

    /** Work inside a write transaction. */
    @FunctionalInterface
    interface Work<T> {
        T apply(EntityManager em, AuditLog audit);
    }

    /** Runs a read-only unit of work. */
    <T> T read(Function<EntityManager, T> work);

    /**
     * Runs {@code work} in one transaction and appends what it recorded in {@code audit} to the audit trail in that
     * same transaction. Any exception rolls everything back; a stale optimistic-lock version becomes a
     * {@link plv.platform.api.ConcurrentChangeException}.
     */
    <T> T write(Actor actor, Work<T> work);

    /**
     * How many writes this process has made through this store so far (committed or not), plus how many changes to
     * the same data other nodes sharing the database have announced ({@link Database#changesElsewhere}): a number
     * that changes whenever the store's data may have changed, here or on another node, so that a {@link ReadCache}
     * can tell that what it remembers may be out of date. Negative when the store does not count or cannot hear the
     * other nodes, which turns caching off.
     */
    default long writeCount() {
        return -1;
    }

    /**
     * The next number of the named counter, taken inside the open write transaction of {@code em} from a locked
     * counter row (table {@code PLV_COUNTER}): concurrent transactions wait for each other and get distinct, increasing
     * numbers, on one node or several; a rolled-back transaction gives its number back. {@code highestInUse} answers
     * the highest number already used by existing records; it is asked once, when the counter is first used.
     */
    default long nextNumber(EntityManager em, String counter, java.util.function.ToLongFunction<EntityManager> highestInUse) {
        throw new UnsupportedOperationException("This store has no counters");
    }

    /**
     * Whether the owner's table {@code table} (an unquoted SQL name such as {@code PRG_SCH_PLACE}) holds any row. For
     * checks made when a component activates ("create the places when there are none"): the platform's store answers
     * with one query over a plain connection, without building the persistence unit, which is built on first use.
     */
    default boolean anyRow(String table) {
        return read(em -> !em.createNativeQuery("SELECT 1 FROM " + tableName(table)).setMaxResults(1).getResultList().isEmpty());
    }

    /** {@code table} when it is an unquoted SQL name (letters, digits, underscores); refused otherwise. */
    static String tableName(String table) {
        if (table == null || !table.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        return table;
    }

    @Override
    void close();
}
