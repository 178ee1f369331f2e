package plv.platform.spi.persistence;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Remembers the results of reads of one {@link Store} that are asked for far more often than the data changes (the
 * dashboard panels ask on every visit). A remembered result is used only while
 * <ul>
 * <li>no write has been made through the store since it was read ({@link Store#writeCount()}): neither in this
 * process, so a change made here shows at once, nor on <em>another</em> node sharing the same PostgreSQL database,
 * whose commits are announced to every node (PostgreSQL LISTEN/NOTIFY) and show within milliseconds; and</li>
 * <li>it is younger than {@code maxAge}, a safety net only.</li>
 * </ul>
 * The key must hold everything else the result depends on (the actor, the day, the period asked for). Results must
 * be immutable. A failed read is not remembered. The results are kept in a Caffeine cache of at most
 * {@value #MAX_ENTRIES} entries (the least useful go first). When several threads miss the same key at once, one reads
 * and the others wait for its result (so a dashboard under load does not do the same read twenty times when a result
 * expires); a read must therefore not ask a cache for something whose read asks for it in turn.
 */
public final class ReadCache {

    static final int MAX_ENTRIES = 512;

    /**
     * The maximum age the product's own caches use. Changes made on this node or announced by another node show at
     * once whatever the age; this bounds how long a result is kept in any case.
     */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(5);

    private record Entry(long writeCount, Object value) {
    }

    private final Store store;
    private final Cache<Object, Entry> entries;

    /** A cache with {@link #DEFAULT_MAX_AGE}. */
    public ReadCache(Store store) {
        this(store, DEFAULT_MAX_AGE);
    }

    public ReadCache(Store store, Duration maxAge) {
        this(store, maxAge, System::nanoTime);
    }

    ReadCache(Store store, Duration maxAge, LongSupplier nanoTime) {
        this.store = Objects.requireNonNull(store);
        this.entries = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(maxAge).ticker(nanoTime::getAsLong)
                .executor(Runnable::run).build();
    }

    /** The remembered result for {@code key} while still valid, otherwise {@code read}'s result, remembered. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> read) {
        // Taken before reading: a write that commits while we read makes the result stale at once.
        long writes = store.writeCount();
        if (writes < 0) {
            return read.get();
        }
        Entry e = entries.get(key, k -> new Entry(writes, read.get()));
        if (e.writeCount() != writes) {
            // read before a later write: read again, once, however many threads find it stale together
            e = entries.asMap().compute(key, (k, old) -> old != null && old.writeCount() == writes ? old : new Entry(writes, read.get()));
        }
        return (T) e.value();
    }

    /** Forgets everything, e.g. when something the results depend on changed outside the store. */
    public void clear() {
        entries.invalidateAll();
    }
}
