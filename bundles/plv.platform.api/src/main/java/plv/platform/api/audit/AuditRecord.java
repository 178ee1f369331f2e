package plv.platform.api.audit;

import java.time.Instant;
import java.util.Map;

/** A recorded entry of the audit trail, with its place in the hash chain. */
public record AuditRecord(long id, Instant recordedAt, String actor, String action, String recordType, String recordId,
        Map<String, FieldChange> changes, String previousHash, String hash) {
}
