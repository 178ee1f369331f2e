package plv.decisions.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.postgresql.ds.PGSimpleDataSource;

import plv.platform.api.Actor;
import plv.platform.api.ConcurrentChangeException;
import plv.platform.api.audit.AuditEvent;
import plv.platform.api.audit.FieldChange;
import plv.platform.spi.persistence.AuditLog;
import plv.platform.spi.persistence.Store;

/**
 * A real {@link Store} for unit tests outside the framework: this bundle's migrations applied to a real database
 * (in-memory Derby, or a fresh PostgreSQL schema dropped on close), EclipseLink over it, and the audit events of each
 * committed write kept in {@link #audit} (what the platform appends to its hash chain).
 */
final class TestStore implements Store {

    static final String PG_URL = System.getProperty("plv.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");

    final List<AuditEvent> audit = new ArrayList<>();
    private final EntityManagerFactory emf;
    private final String pgSchema;

    private TestStore(DataSource ds, boolean derby, String pgSchema) {
        this.pgSchema = pgSchema;
        migrate(ds, derby);
        this.emf = new PersistenceProvider().createContainerEntityManagerFactory(unit(ds), Map.of(
                "eclipselink.weaving", "false", "eclipselink.session.name", "dec-test-" + UUID.randomUUID(),
                "eclipselink.logging.level", "WARNING"));
    }

    static TestStore derby() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:dec" + UUID.randomUUID().toString().replace("-", ""));
        ds.setCreateDatabase("create");
        return new TestStore(ds, true, null);
    }

    static TestStore postgres() {
        String schema = "dec_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        exec(admin(), "CREATE SCHEMA " + schema);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(PG_URL + "?currentSchema=" + schema);
        ds.setUser("postgres");
        return new TestStore(ds, false, schema);
    }

    private static PGSimpleDataSource admin() {
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(PG_URL);
        admin.setUser("postgres");
        return admin;
    }

    private static void exec(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Applies db/migration/V1.. of this bundle the way the platform does: ${text} expanded, split on ';' at line end. */
    private static void migrate(DataSource ds, boolean derby) {
        for (int v = 1;; v++) {
            String sql = migration(v);
            if (sql == null) {
                return;
            }
            sql = sql.replace("${text}", derby ? "VARCHAR(32000)" : "TEXT").replace("${bytes}", derby ? "BLOB(64M)" : "BYTEA");
            StringBuilder stmt = new StringBuilder();
            for (String line : sql.split("\\R")) {
                if (line.strip().startsWith("--") || line.isBlank()) {
                    continue;
                }
                stmt.append(line).append('\n');
                if (line.strip().endsWith(";")) {
                    String s = stmt.toString().strip();
                    exec(ds, s.substring(0, s.length() - 1));
                    stmt.setLength(0);
                }
            }
        }
    }

    private static String migration(int v) {
        try {
            URL dir = TestStore.class.getResource("/db/migration/");
            for (String name : new java.io.File(dir.toURI()).list()) {
                if (name.startsWith("V" + v + "__")) {
                    try (InputStream in = TestStore.class.getResourceAsStream("/db/migration/" + name)) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
            return null;
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
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
        List<AuditEvent> pending = new ArrayList<>();
        AuditLog log = (action, type, id, changes) -> pending.add(new AuditEvent(actor.username(), action, type, String.valueOf(id),
                new HashMap<String, FieldChange>(changes)));
        try {
            em.getTransaction().begin();
            T result = work.apply(em, log);
            em.getTransaction().commit();
            audit.addAll(pending);
            return result;
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("the record");
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new ConcurrentChangeException("the record");
            }
            throw e;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        emf.close();
        if (pgSchema != null) {
            exec(admin(), "DROP SCHEMA IF EXISTS " + pgSchema + " CASCADE");
        }
    }

    private static PersistenceUnitInfo unit(DataSource ds) {
        return new PersistenceUnitInfo() {
            public String getPersistenceUnitName() { return "plv.decisions.test"; }
            public String getPersistenceProviderClassName() { return PersistenceProvider.class.getName(); }
            public String getScopeAnnotationName() { return null; }
            public List<String> getQualifierAnnotationNames() { return List.of(); }
            public PersistenceUnitTransactionType getTransactionType() { return PersistenceUnitTransactionType.RESOURCE_LOCAL; }
            public DataSource getJtaDataSource() { return null; }
            public DataSource getNonJtaDataSource() { return ds; }
            public List<String> getMappingFileNames() { return List.of(); }
            public List<URL> getJarFileUrls() { return List.of(); }
            public URL getPersistenceUnitRootUrl() { return CouncilDecisionEntity.class.getProtectionDomain().getCodeSource().getLocation(); }
            public List<String> getManagedClassNames() { return DecisionData.ENTITIES.stream().map(Class::getName).toList(); }
            public boolean excludeUnlistedClasses() { return true; }
            public SharedCacheMode getSharedCacheMode() { return SharedCacheMode.NONE; }
            public ValidationMode getValidationMode() { return ValidationMode.NONE; }
            public Properties getProperties() { return new Properties(); }
            public String getPersistenceXMLSchemaVersion() { return "3.2"; }
            public ClassLoader getClassLoader() { return TestStore.class.getClassLoader(); }
            public void addTransformer(ClassTransformer transformer) { }
            public ClassLoader getNewTempClassLoader() { return TestStore.class.getClassLoader(); }
        };
    }
}
