package plv.platform.jpa.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.eclipse.persistence.jpa.PersistenceProvider;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.audit.AuditTrail;
import plv.platform.api.persistence.Database;
import plv.platform.spi.persistence.PersistenceUnits;
import plv.platform.spi.persistence.Store;
import plv.platform.spi.persistence.UnitSpec;

/** Builds an EclipseLink persistence unit per owning bundle over the shared database. */
@Component(service = PersistenceUnits.class)
public class EclipseLinkPersistenceUnits implements PersistenceUnits {

    private final Database database;
    private final AuditTrail auditTrail;

    @Activate
    public EclipseLinkPersistenceUnits(org.osgi.framework.BundleContext context, @Reference Database database,
            @Reference AuditTrail auditTrail) {
        database.migrate(context.getBundle(), "db/migration");
        this.database = database;
        this.auditTrail = auditTrail;
    }

    @Override
    public Store open(UnitSpec spec) {
        database.migrate(spec.owner(), spec.migrationFolder());
        String name = spec.owner().getSymbolicName();
        ClassLoader ownerLoader = spec.owner().adapt(BundleWiring.class).getClassLoader();
        ClassLoader loader = new OwnerAndProviderClassLoader(ownerLoader, getClass().getClassLoader());
        List<String> classes = spec.entityClasses().stream().map(Class::getName).toList();
        BundlePersistenceUnitInfo info = new BundlePersistenceUnitInfo(name, classes, database.dataSource(), loader,
                spec.owner().getEntry("/"));
        Map<String, Object> properties = new HashMap<>();
        properties.put("eclipselink.weaving", "false");
        properties.put("eclipselink.session.name", name + "@" + System.identityHashCode(spec));
        properties.put("eclipselink.ddl-generation", "none");
        properties.put("eclipselink.cache.shared.default", "false");
        properties.put("eclipselink.logging.level", "WARNING");
        properties.put("eclipselink.classloader", loader);
        // Built on first use, not at activation: a start needs the schema checked (above), not every unit's
        // metadata, and most units are first read by a page, a job or a command well after /health answers.
        return new JpaStore(() -> build(info, properties, loader), auditTrail, database, name);
    }

    static EntityManagerFactory build(BundlePersistenceUnitInfo info, Map<String, Object> properties,
            ClassLoader loader) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            EntityManagerFactory emf = new PersistenceProvider().createContainerEntityManagerFactory(info, properties);
            // Connect now, so a mapping error shows when the unit is built and not half-way through a request.
            emf.createEntityManager().close();
            return emf;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
