package plv.platform.api.persistence;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

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
 * be immutable. A failed read is not remembered. At most {@value #MAX_ENTRIES} results are kept; beyond that the
 * cache starts afresh. When several threads miss the same key at once, one reads and the others wait for its result
 * (so a dashboard under load does not do the same read twenty times when a result expires); a read must therefore not
 * ask a cache for something whose read asks for it in turn.
 */
public final class ReadCache {

    static final int MAX_ENTRIES = 512;

    /**
     * The maximum age the product's own caches use. Changes made on this node or announced by another node show at
     * once whatever the age; this bounds how long a result is kept in any case.
     */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(5);

    private record Entry(long writeCount, long readAt, Object value) {
    }

    private final Store store;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Object, CompletableFuture<Entry>> reading = new ConcurrentHashMap<>();

    /** A cache with {@link #DEFAULT_MAX_AGE}. */
    public ReadCache(Store store) {
        this(store, DEFAULT_MAX_AGE);
    }

    public ReadCache(Store store, Duration maxAge) {
        this(store, maxAge, System::nanoTime);
    }

    ReadCache(Store store, Duration maxAge, LongSupplier nanoTime) {
        this.store = Objects.requireNonNull(store);
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The remembered result for {@code key} while still valid, otherwise {@code read}'s result, remembered. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> read) {
        // Taken before reading: a write that commits while we read makes the result stale at once.
        long writes = store.writeCount();
        if (writes < 0) {
            return read.get();
        }
        long now = nanoTime.getAsLong();
        Entry e = entries.get(key);
        if (e != null && e.writeCount == writes && now - e.readAt < maxAgeNanos) {
            return (T) e.value;
        }
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> other = reading.putIfAbsent(key, mine);
        if (other != null) {
            try {
                Entry theirs = other.join();
                if (theirs.writeCount == writes) {
                    return (T) theirs.value;
                }
            } catch (CompletionException | CancellationException failed) {
                // their read failed: try our own
            }
            return read.get();
        }
        try {
            T value = read.get();
            Entry fresh = new Entry(writes, now, value);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, fresh);
            mine.complete(fresh);
            return value;
        } catch (RuntimeException | Error failed) {
            mine.completeExceptionally(failed);
            throw failed;
        } finally {
            reading.remove(key, mine);
        }
    }

    /** Forgets everything, e.g. when something the results depend on changed outside the store. */
    public void clear() {
        entries.clear();
    }
}
