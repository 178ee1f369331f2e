package plv.platform.jpa.internal;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;

import org.eclipse.persistence.sessions.UnitOfWork;

import plv.platform.api.Actor;
import plv.platform.api.ConcurrentChangeException;
import plv.platform.api.audit.AuditEvent;
import plv.platform.api.audit.AuditTrail;
import plv.platform.api.audit.FieldChange;
import plv.platform.spi.persistence.AuditLog;
import plv.platform.api.persistence.Database;
import plv.platform.spi.persistence.Store;

/** One owning bundle's persistence unit. */
final class JpaStore implements Store {

    /** Built on first use (see {@link #emf()}); null until then, and after {@link #close()}. */
    private final java.util.function.Supplier<EntityManagerFactory> factory;
    private volatile EntityManagerFactory emf;
    private boolean closed;
    private final AuditTrail auditTrail;
    private final Database database;
    /** The owning bundle: the name under which changes are announced to the other nodes. */
    private final String owner;
    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();

    JpaStore(java.util.function.Supplier<EntityManagerFactory> factory, AuditTrail auditTrail, Database database,
            String owner) {
        this.factory = factory;
        this.auditTrail = auditTrail;
        this.database = database;
        this.owner = owner;
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf().createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    @Override
    public <T> T write(Actor actor, Work<T> work) {
        EntityManager em = emf().createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            // Take the connection now so the audit entries go into this very transaction.
            em.unwrap(UnitOfWork.class).beginEarlyTransaction();
            Collector audit = new Collector(actor.username());
            T result = work.apply(em, audit);
            em.flush();
            Connection connection = em.unwrap(Connection.class);
            for (AuditEvent event : audit.events) {
                auditTrail.append(connection, event);
            }
            // Delivered to the other nodes sharing the database when, and only if, this transaction commits.
            database.announceChange(connection, owner);
            tx.commit();
            return result;
        } catch (OptimisticLockException e) {
            throw stale(e);
        } catch (RollbackException e) {
            if (e.getCause() instanceof OptimisticLockException ole) {
                throw stale(ole);
            }
            throw e;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
            // Counted whatever the outcome (a failed commit may still have committed): read caches start afresh.
            writes.incrementAndGet();
        }
    }

    /** Writes made here plus changes the other nodes announced; negative (caches off) while they cannot be heard. */
    @Override
    public long nextNumber(EntityManager em, String counter, java.util.function.ToLongFunction<EntityManager> highestInUse) {
        try {
            return Counters.next(em.unwrap(Connection.class), counter, () -> highestInUse.applyAsLong(em));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not take the next number of " + counter + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long writeCount() {
        long elsewhere = database.changesElsewhere(owner);
        return elsewhere < 0 ? -1 : writes.get() + elsewhere;
    }

    private static ConcurrentChangeException stale(OptimisticLockException e) {
        return new ConcurrentChangeException("this " + staleKind(e));
    }

    /** Names the kind of record for the message, e.g. "member agreement" for MemberAgreementEntity. */
    static String staleKind(OptimisticLockException e) {
        String className = null;
        if (e.getEntity() != null) {
            className = e.getEntity().getClass().getName();
        } else if (e.getCause() != null && e.getCause().getMessage() != null) {
            // EclipseLink's merge-time check has no query to name the object; its message names the class.
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Class> ([\\w.$]+)").matcher(e.getCause().getMessage());
            className = m.find() ? m.group(1) : null;
        }
        if (className == null) {
            return "record";
        }
        String simple = className.substring(className.lastIndexOf('.') + 1).replaceAll("Entity$", "");
        return simple.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public boolean anyRow(String table) {
        String name = Store.tableName(table);
        try (Connection c = database.dataSource().getConnection();
                java.sql.Statement s = c.createStatement()) {
            s.setMaxRows(1);
            try (java.sql.ResultSet rs = s.executeQuery("SELECT 1 FROM " + name)) {
                return rs.next();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not read table " + table + ": " + e.getMessage(), e);
        }
    }

    /** The unit's factory, built by the first caller (the others wait for it); refused once the store is closed. */
    private EntityManagerFactory emf() {
        EntityManagerFactory built = emf;
        if (built != null) {
            return built;
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("The persistence unit of " + owner + " is closed");
            }
            if (emf == null) {
                emf = factory.get();
            }
            return emf;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (emf != null && emf.isOpen()) {
            emf.close();
        }
        emf = null;
    }

    private static final class Collector implements AuditLog {
        private final String actor;
        private final List<AuditEvent> events = new ArrayList<>();

        Collector(String actor) {
            this.actor = actor;
        }

        @Override
        public void record(String action, String recordType, Object recordId, Map<String, FieldChange> changes) {
            events.add(new AuditEvent(actor, action, recordType, recordId == null ? "" : recordId.toString(), changes));
        }
    }
}
