package plv.platform.api.audit;

import java.sql.Connection;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only, hash-chained record of every change. There is deliberately no way to change or delete an entry.
 * Domain services do not call {@link #append} themselves: {@link plv.platform.api.persistence.Store#write} does it
 * inside the same database transaction as the change, so a change and its audit entry commit or fail together.
 */
@ProviderType
public interface AuditTrail {

    /** Appends an event inside the caller's open transaction on {@code transaction}. */
    AuditRecord append(Connection transaction, AuditEvent event);

    /** Appends an event in a transaction of its own (for events that change no record, such as a failed sign-in). */
    AuditRecord append(AuditEvent event);

    /** Walks the whole chain. */
    AuditVerification verify();

    /** The newest entries first. */
    List<AuditRecord> recent(int limit);

    /** Every entry about one record, oldest first. */
    List<AuditRecord> forRecord(String recordType, String recordId);
}
