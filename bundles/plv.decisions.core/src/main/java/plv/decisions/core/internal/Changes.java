package plv.decisions.core.internal;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import plv.platform.api.audit.FieldChange;

/** Field-by-field differences between two versions of a record, for the audit trail. */
final class Changes {

    private Changes() {
    }

    /** A record's components by name. */
    static Map<String, Object> fields(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                out.put(c.getName(), c.getAccessor().invoke(r));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** The fields whose value differs (absent = null). */
    static Map<String, FieldChange> between(Map<String, Object> before, Map<String, Object> after) {
        Map<String, FieldChange> out = new LinkedHashMap<>();
        for (String k : after.keySet()) {
            Object b = before.get(k);
            Object a = after.get(k);
            if (!Objects.equals(b, a)) {
                out.put(k, FieldChange.of(b, a));
            }
        }
        return out;
    }
}
