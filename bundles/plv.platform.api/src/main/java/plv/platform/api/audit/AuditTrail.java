package plv.platform.api.audit;

import java.sql.Connection;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only, hash-chained record of every change. There is deliberately no way to change or delete an entry.
 * Domain services do not call {@link #append} themselves: {@code Store.write} (the persistence SPI, {@code plv.platform.spi.persistence}) does it
 * inside the same database transaction as the change, so a change and its audit entry commit or fail together.
 */
@ProviderType
public interface AuditTrail {

    /** Appends an event inside the caller's open transaction on {@code transaction}. */
    AuditRecord append(Connection transaction, AuditEvent event);

    /** Appends an event in a transaction of its own (for events that change no record, such as a failed sign-in). */
    AuditRecord append(AuditEvent event);

    /** Walks the whole chain, as one consistent snapshot (entries committed while it runs are left for the next call). */
    AuditVerification verify();

    /**
     * Walks the whole chain and checks it against a checkpoint taken earlier: the checkpoint's signature must be genuine
     * and its last entry must still be in the chain with the same code, so a chain cut short or rewritten since is found.
     */
    AuditVerification verify(AuditCheckpoint since);

    /** Signs the chain's present length and last code; the auditor keeps the answer to {@link #verify(AuditCheckpoint)} later. */
    AuditCheckpoint checkpoint();

    /**
     * Makes a new audit key the one that signs new entries (the old keys are kept to verify older entries) and records
     * that in the trail; answers the new key's id.
     */
    String rotateKey(String actor);

    /** The newest entries first. */
    List<AuditRecord> recent(int limit);

    /** Every entry about one record, oldest first. */
    List<AuditRecord> forRecord(String recordType, String recordId);
}
