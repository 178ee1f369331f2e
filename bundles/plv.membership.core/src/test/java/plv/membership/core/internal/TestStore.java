package plv.membership.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;

import org.eclipse.persistence.jpa.PersistenceProvider;

import plv.platform.api.Actor;
import plv.platform.api.audit.AuditEvent;
import plv.platform.api.audit.FieldChange;
import plv.platform.spi.persistence.AuditLog;
import plv.platform.spi.persistence.Store;

/**
 * A real EclipseLink persistence unit over a real database for unit tests outside the framework: runs the bundle's
 * migrations the way the platform does (placeholders expanded, statements split at ';' line ends, '--' comments
 * dropped) and keeps the audit events each committed write recorded, so tests can check them.
 */
final class TestStore implements Store {

    final List<AuditEvent> committed = new ArrayList<>();
    private final EntityManagerFactory emf;

    TestStore(DataSource ds, boolean derby) {
        migrate(ds, derby);
        PersistenceConfiguration cfg = new PersistenceConfiguration("membership-test-" + UUID.randomUUID())
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL);
        MembershipStore.ENTITIES.forEach(cfg::managedClass);
        cfg.managedClass(TermColumns.class);
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.nonJtaDataSource", ds);
        props.put("eclipselink.weaving", "false");
        props.put("eclipselink.ddl-generation", "none");
        props.put("eclipselink.cache.shared.default", "false");
        props.put("eclipselink.logging.level", "WARNING");
        props.put("eclipselink.target-database", derby ? "Derby" : "PostgreSQL");
        cfg.properties(props);
        emf = new PersistenceProvider().createEntityManagerFactory(cfg);
    }

    static void migrate(DataSource ds, boolean derby) {
        for (String file : List.of("V1__membership_tables.sql", "V2__london_authorities.sql", "V3__renewal_ratification.sql",
                "V4__effective_dates_and_issued_statements.sql")) {
            String sql;
            try (InputStream in = TestStore.class.getResourceAsStream("/db/migration/" + file)) {
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            sql = sql.replace("${text}", derby ? "VARCHAR(32000)" : "TEXT").replace("${bytes}", derby ? "BLOB(64M)" : "BYTEA");
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                StringBuilder cur = new StringBuilder();
                for (String line : sql.split("\\R")) {
                    String t = line.strip();
                    if (t.isEmpty() || t.startsWith("--")) {
                        continue;
                    }
                    cur.append(line).append('\n');
                    if (t.endsWith(";")) {
                        String stmt = cur.toString().strip();
                        s.execute(stmt.substring(0, stmt.length() - 1));
                        cur.setLength(0);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(file + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    @Override
    public <T> T write(Actor actor, Work<T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        List<AuditEvent> events = new ArrayList<>();
        try {
            tx.begin();
            T result = work.apply(em, new AuditLog() {
                @Override
                public void record(String action, String type, Object id, Map<String, FieldChange> changes) {
                    events.add(new AuditEvent(actor.username(), action, type, id == null ? "" : id.toString(), changes));
                }
            });
            em.flush();
            tx.commit();
            committed.addAll(events);
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        emf.close();
    }
}
