package plv.platform.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import plv.platform.api.persistence.Database;
import plv.platform.api.persistence.DatabaseKind;
import plv.platform.api.persistence.SchemaVersion;
import plv.platform.db.testing.TestDatabases;

/**
 * A store builds its EclipseLink unit on first use, once, and never for {@link JpaStore#anyRow}: a start checks tables
 * without building any unit (docs/architecture.md, persistence). Real embedded Derby and a real EclipseLink unit.
 */
class JpaStoreTest {

    @TempDir
    Path root;

    private DataSource dataSource;
    private final AtomicInteger builds = new AtomicInteger();

    @BeforeEach
    void table() throws Exception {
        dataSource = TestDatabases.derbyInMemory();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE T_PLACE (ID INT PRIMARY KEY)");
        }
    }

    private Supplier<EntityManagerFactory> countingFactory() {
        return () -> {
            builds.incrementAndGet();
            try {
                Files.createDirectories(root);
                BundlePersistenceUnitInfo info = new BundlePersistenceUnitInfo("test-unit", List.of(), dataSource,
                        getClass().getClassLoader(), root.toUri().toURL());
                Map<String, Object> properties = new HashMap<>();
                properties.put("eclipselink.weaving", "false");
                properties.put("eclipselink.ddl-generation", "none");
                properties.put("eclipselink.logging.level", "WARNING");
                properties.put("eclipselink.session.name", "test-unit@" + System.nanoTime());
                return EclipseLinkPersistenceUnits.build(info, properties, getClass().getClassLoader());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @Test
    void anyRowAnswersWithoutBuildingTheUnit() throws Exception {
        JpaStore store = new JpaStore(countingFactory(), null, new OverDataSource(dataSource), "test");

        assertThat(store.anyRow("T_PLACE")).isFalse();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO T_PLACE VALUES (1), (2)");
        }
        assertThat(store.anyRow("T_PLACE")).isTrue();
        assertThat(builds).as("no unit built for a table check").hasValue(0);

        long n = store.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM T_PLACE").getSingleResult()).longValue());
        assertThat(n).isEqualTo(2);
        assertThat(builds).as("built by the first read").hasValue(1);
        store.close();
    }

    @Test
    void concurrentFirstReadsBuildTheUnitOnce() throws Exception {
        JpaStore store = new JpaStore(countingFactory(), null, new OverDataSource(dataSource), "test");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Object>> reads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                reads.add(pool.submit(() -> {
                    go.await();
                    return store.read(em -> em.createNativeQuery("SELECT COUNT(*) FROM T_PLACE").getSingleResult());
                }));
            }
            go.countDown();
            for (Future<Object> f : reads) {
                assertThat(((Number) f.get()).longValue()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(builds).hasValue(1);
        store.close();
        assertThatThrownBy(() -> store.read(em -> 1)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void anyRowRefusesWhatIsNotATableName() {
        JpaStore store = new JpaStore(countingFactory(), null, new OverDataSource(dataSource), "test");
        assertThatThrownBy(() -> store.anyRow("T_PLACE; DROP TABLE T_PLACE")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.anyRow("T_MISSING")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("T_MISSING");
        assertThat(builds).hasValue(0);
    }

    /** The platform's {@link Database} contract over a test DataSource: only what a store asks of it. */
    private record OverDataSource(DataSource dataSource) implements Database {
        @Override
        public DatabaseKind kind() {
            return DatabaseKind.DERBY;
        }

        @Override
        public String location() {
            return "memory";
        }

        @Override
        public boolean reachable() {
            return true;
        }

        @Override
        public List<SchemaVersion> migrate(Bundle owner, String folder) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<SchemaVersion> schemaVersions() {
            return List.of();
        }

        @Override
        public Path backup(Path target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void exclusively(String name, Runnable work) {
            work.run();
        }

        @Override
        public void announceChange(Connection connection, String owner) {
        }

        @Override
        public long changesElsewhere(String owner) {
            return 0;
        }
    }
}
