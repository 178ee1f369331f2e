package plv.platform.api.audit;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A change about to be recorded.
 *
 * @param actor      username of who made the change ({@code system} for the product itself)
 * @param action     what was done, e.g. {@code create}, {@code update}, {@code serve-break-notice}, {@code sign-in-failed}
 * @param recordType the kind of record, e.g. {@code member-agreement}
 * @param recordId   the record's id as text
 * @param changes    the changed fields, by name (sorted, so the entry's hash is stable)
 */
public record AuditEvent(String actor, String action, String recordType, String recordId, Map<String, FieldChange> changes) {

    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordType, "recordType");
        recordId = recordId == null ? "" : recordId;
        changes = changes == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(changes));
    }
}
