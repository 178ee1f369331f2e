package plv.platform.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.audit.AuditEvent;
import plv.platform.api.audit.AuditRecord;
import plv.platform.api.audit.AuditTrail;
import plv.platform.api.audit.AuditVerification;
import plv.platform.api.persistence.Database;

/** The audit trail service over the product's database; owns the AUD_ tables and their migrations. */
@Component(service = AuditTrail.class)
public class AuditTrailService implements AuditTrail {

    private final AuditStore store;

    @Activate
    public AuditTrailService(BundleContext context, @Reference Database database) {
        database.migrate(context.getBundle(), "db/migration");
        this.store = new AuditStore(database.dataSource(), Clock.systemUTC());
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
