package plv.platform.spi.persistence;

import java.util.Map;

import plv.platform.api.audit.FieldChange;

/** Collects the audit events of one write; they are appended in the same transaction just before it commits. */
public interface AuditLog {

    void record(String action, String recordType, Object recordId, Map<String, FieldChange> changes);

    default void record(String action, String recordType, Object recordId) {
        record(action, recordType, recordId, Map.of());
    }
}
