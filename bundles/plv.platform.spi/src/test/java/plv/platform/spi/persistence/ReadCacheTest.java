package plv.platform.spi.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import plv.platform.api.Actor;

class ReadCacheTest {

    /** Counts writes like the real store; reads are not used by the cache. */
    static class CountingStore implements Store {
        long writes;

        @Override
        public <T> T read(Function<EntityManager, T> work) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T write(Actor actor, Work<T> work) {
            writes++;
            return null;
        }

        @Override
        public long writeCount() {
            return writes;
        }

        @Override
        public void close() {
        }
    }

    private final CountingStore store = new CountingStore();
    private final AtomicLong now = new AtomicLong();
    private final ReadCache cache = new ReadCache(store, Duration.ofSeconds(5), now::get);
    private final AtomicInteger reads = new AtomicInteger();

    private String read(String key) {
        return cache.get(key, () -> key + reads.incrementAndGet());
    }

    @Test
    void aResultIsReusedUntilTheStoreIsWrittenTo() {
        assertThat(read("a")).isEqualTo("a1");
        assertThat(read("a")).isEqualTo("a1");
        assertThat(read("b")).isEqualTo("b2");
        store.write(Actor.system(), (em, audit) -> null);
        assertThat(read("a")).isEqualTo("a3");
        assertThat(read("a")).isEqualTo("a3");
    }

    @Test
    void aResultIsReadAgainOnceItIsOlderThanTheMaximumAge() {
        assertThat(read("a")).isEqualTo("a1");
        now.addAndGet(Duration.ofMillis(4_999).toNanos());
        assertThat(read("a")).isEqualTo("a1");
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(read("a")).isEqualTo("a2");
    }

    @Test
    void aFailedReadIsNotRemembered() {
        assertThatThrownBy(() -> cache.get("a", () -> {
            throw new IllegalStateException("database down");
        })).hasMessage("database down");
        assertThat(read("a")).isEqualTo("a1");
    }

    @Test
    void threadsThatMissTheSameKeyTogetherShareOneRead() throws Exception {
        java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var first = pool.submit(() -> cache.get("a", () -> {
                reading.countDown();
                await(release);
                return "a" + reads.incrementAndGet();
            }));
            reading.await();
            var others = java.util.stream.IntStream.range(0, 3)
                    .mapToObj(i -> pool.submit(() -> cache.get("a", () -> "a" + reads.incrementAndGet()))).toList();
            Thread.sleep(100);
            release.countDown();
            assertThat(first.get()).isEqualTo("a1");
            for (var f : others) {
                assertThat(f.get()).isEqualTo("a1");
            }
            assertThat(reads).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aStoreThatDoesNotCountWritesIsNeverCached() {
        Store plain = new CountingStore() {
            @Override
            public long writeCount() {
                return -1;
            }
        };
        ReadCache off = new ReadCache(plain, Duration.ofMinutes(1));
        assertThat(off.get("a", () -> reads.incrementAndGet())).isEqualTo(1);
        assertThat(off.get("a", () -> reads.incrementAndGet())).isEqualTo(2);
    }
}
