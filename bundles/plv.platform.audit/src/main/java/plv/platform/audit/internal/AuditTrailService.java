package plv.platform.audit.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import plv.platform.api.audit.AuditCheckpoint;
import plv.platform.api.audit.AuditEvent;
import plv.platform.api.audit.AuditRecord;
import plv.platform.api.audit.AuditTrail;
import plv.platform.api.audit.AuditVerification;
import plv.platform.api.audit.FieldChange;
import plv.platform.api.persistence.Database;

/**
 * The audit trail service over the product's database; owns the AUD_ tables and their migrations, and the audit keys
 * (folder {@code plv.audit.keys}, default {@code plv.home/keys}). At its first start after the keyed chain came in it
 * re-chains the older entries (see {@link AuditStore#upgradeLegacy()}).
 */
@Component(service = AuditTrail.class)
public class AuditTrailService implements AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrailService.class);

    private final AuditStore store;
    private final AuditKeys keys;

    @Activate
    public AuditTrailService(BundleContext context, @Reference Database database) {
        database.migrate(context.getBundle(), "db/migration");
        this.keys = AuditKeys.open(keysFolder(context));
        this.store = new AuditStore(database.dataSource(), Clock.systemUTC(), keys);
        try {
            store.upgradeLegacy().ifPresent(r -> {
                if ("true".equals(r.changes().get("previousChainIntact").after())) {
                    LOG.info("Audit trail: {} earlier entries re-chained with key {} (entry {})", r.changes().get("entries").after(),
                            keys.currentId(), r.id());
                } else {
                    LOG.warn("Audit trail: {} earlier entries re-chained with key {}; the earlier plain chain was already broken"
                            + " at entry {} (recorded in entry {})", r.changes().get("entries").after(), keys.currentId(),
                            r.changes().get("previousChainFirstBrokenEntry").after(), r.id());
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Could not re-chain the audit trail: " + e.getMessage(), e);
        }
        LOG.info("Audit keys in {}; entries are signed with key {}", keys.folder(), keys.currentId());
    }

    static Path keysFolder(BundleContext context) {
        String configured = context.getProperty("plv.audit.keys");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip()).toAbsolutePath().normalize();
        }
        String home = context.getProperty("plv.home");
        return Path.of(home == null || home.isBlank() ? "plv-home" : home).toAbsolutePath().normalize().resolve("keys");
    }

    @Override
    public AuditRecord append(Connection transaction, AuditEvent event) {
        try {
            return store.append(transaction, event);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not append to the audit trail: " + e.getMessage(), e);
        }
    }

    @Override
    public AuditRecord append(AuditEvent event) {
        try {
            return store.appendAlone(event);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not append to the audit trail: " + e.getMessage(), e);
        }
    }

    @Override
    public AuditVerification verify() {
        try {
            return store.verify();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail: " + e.getMessage(), e);
        }
    }

    @Override
    public AuditVerification verify(AuditCheckpoint since) {
        try {
            return store.verify(since);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail: " + e.getMessage(), e);
        }
    }

    @Override
    public AuditCheckpoint checkpoint() {
        try {
            return store.checkpoint();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail: " + e.getMessage(), e);
        }
    }

    @Override
    public String rotateKey(String actor) {
        String previous = keys.currentId();
        String id = keys.rotate();
        append(new AuditEvent(actor, "rotate-key", "audit-key", id, Map.of("keyId", new FieldChange(previous, id))));
        LOG.info("Audit key rotated: new entries are signed with {} (earlier ones keep {})", id, previous);
        return id;
    }

    @Override
    public List<AuditRecord> recent(int limit) {
        try {
            return store.recent(limit);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail: " + e.getMessage(), e);
        }
    }

    @Override
    public List<AuditRecord> forRecord(String recordType, String recordId) {
        try {
            return store.forRecord(recordType, recordId);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail: " + e.getMessage(), e);
        }
    }
}
