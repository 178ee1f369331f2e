package plv.platform.db.internal;

import plv.platform.db.testing.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * What lets several nodes share one PostgreSQL database: named locks that exclude across connections (as across
 * processes), and change announcements that reach the other nodes within a second and only on commit.
 */
class NodesTest {

    @Test
    void onlyOneNodeAtATimeRunsWorkOfOneNameAndTheOthersFindItDone() throws Exception {
        try (var pg = new TestDatabases.PgSchema()) {
            // four "nodes": four lock managers, each with its own connections
            List<DatabaseLocks> nodes = List.of(new DatabaseLocks(pg.dataSource, pg.schema), new DatabaseLocks(pg.dataSource, pg.schema),
                    new DatabaseLocks(pg.dataSource, pg.schema), new DatabaseLocks(pg.dataSource, pg.schema));
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger mostInside = new AtomicInteger();
            AtomicInteger loaded = new AtomicInteger();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
            List<Future<?>> done = new ArrayList<>();
            for (DatabaseLocks node : nodes) {
                done.add(pool.submit(() -> {
                    go.await();
                    node.exclusively("plv.test.demo", () -> {
                        mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        if (loaded.get() == 0) { // "are the tables empty?"
                            sleep(300);
                            loaded.incrementAndGet();
                        }
                        inside.decrementAndGet();
                    });
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(mostInside.get()).as("nodes inside at once").isEqualTo(1);
            assertThat(loaded.get()).as("times the work was done").isEqualTo(1);
        }
    }

    @Test
    void theSameThreadMayTakeALockAgainAndOtherNamesDoNotWait() throws Exception {
        try (var pg = new TestDatabases.PgSchema()) {
            DatabaseLocks locks = new DatabaseLocks(pg.dataSource, pg.schema);
            DatabaseLocks other = new DatabaseLocks(pg.dataSource, pg.schema);
            List<String> ran = new ArrayList<>();
            locks.exclusively("a", () -> locks.exclusively("a", () -> other.exclusively("b", () -> ran.add("inner"))));
            assertThat(ran).containsExactly("inner");
        }
    }

    @Test
    void aChangeCommittedOnOneNodeIsHeardByTheOtherWithinASecondAndARolledBackOneIsNot() throws Exception {
        try (var pg = new TestDatabases.PgSchema(); var here = new ChangeNotifications(pg.dataSource, pg.schema).start();
                var there = new ChangeNotifications(pg.dataSource, pg.schema).start()) {
            assertThat(there.changesElsewhere("plv.board.core")).isGreaterThanOrEqualTo(0);
            long before = there.changesElsewhere("plv.board.core");
            long otherOwner = there.changesElsewhere("plv.decisions.core");

            try (Connection c = pg.dataSource.getConnection()) {
                c.setAutoCommit(false);
                here.announce(c, "plv.board.core");
                c.rollback();
            }
            try (Connection c = pg.dataSource.getConnection()) {
                c.setAutoCommit(false);
                here.announce(c, "plv.board.core");
                Thread.sleep(300);
                assertThat(there.changesElsewhere("plv.board.core")).as("before the commit").isEqualTo(before);
                c.commit();
            }
            long committedAt = System.nanoTime();
            while (there.changesElsewhere("plv.board.core") == before && System.nanoTime() - committedAt < 1_000_000_000L) {
                Thread.sleep(5);
            }
            long tookMillis = (System.nanoTime() - committedAt) / 1_000_000;
            assertThat(there.changesElsewhere("plv.board.core")).as("heard within a second (took %d ms)", tookMillis).isEqualTo(before + 1);
            assertThat(there.changesElsewhere("plv.decisions.core")).as("another owner's count").isEqualTo(otherOwner);
            // a node does not count its own announcements: its own writes are counted by its stores
            assertThat(here.changesElsewhere("plv.board.core")).isEqualTo(before);
        }
    }

    @Test
    void announcementsOfAnotherSchemaAreNotHeard() throws Exception {
        try (var pg = new TestDatabases.PgSchema(); var otherDb = new TestDatabases.PgSchema();
                var listener = new ChangeNotifications(pg.dataSource, pg.schema).start();
                var elsewhere = new ChangeNotifications(otherDb.dataSource, otherDb.schema).start()) {
            long before = listener.changesElsewhere("plv.board.core");
            try (Connection c = otherDb.dataSource.getConnection()) {
                elsewhere.announce(c, "plv.board.core");
            }
            Thread.sleep(500);
            assertThat(listener.changesElsewhere("plv.board.core")).isEqualTo(before);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
