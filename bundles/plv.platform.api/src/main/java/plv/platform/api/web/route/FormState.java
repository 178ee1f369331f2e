package plv.platform.api.web.route;

import java.util.Map;

/**
 * What a form page shows: the values in its fields and the error beside each (field name to message). Templates use
 * {@code form} and {@code errors}, as the shell's form macros expect.
 *
 * @param values what was typed (or the record's current values), by field name
 * @param errors the message beside each refused field, in the order of the form
 */
public record FormState(Map<String, String> values, Map<String, String> errors) {

    public FormState {
        values = Map.copyOf(values);
        errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
    }

    /** An empty form. */
    public static FormState empty() {
        return new FormState(Map.of(), Map.of());
    }

    /** A form filled with the given values and no errors (an edit form). */
    public static FormState of(Map<String, String> values) {
        return new FormState(values, Map.of());
    }

    public boolean refused() {
        return !errors.isEmpty();
    }

    /** The status a page with this form answers with: 400 when refused, else 200. */
    public int status() {
        return refused() ? 400 : 200;
    }
}
