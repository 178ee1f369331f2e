package plv.platform.db.internal;

import java.util.Map;

import plv.platform.api.persistence.DatabaseKind;

/**
 * The few type names that differ between Derby and PostgreSQL. Migrations write {@code ${text}} for long text and
 * {@code ${bytes}} for binary content; everything else is SQL both databases accept.
 */
enum Dialect {
    DERBY(Map.of("${text}", "VARCHAR(32000)", "${bytes}", "BLOB(64M)")),
    POSTGRESQL(Map.of("${text}", "TEXT", "${bytes}", "BYTEA"));

    private final Map<String, String> placeholders;

    Dialect(Map<String, String> placeholders) {
        this.placeholders = placeholders;
    }

    static Dialect of(DatabaseKind kind) {
        return kind == DatabaseKind.DERBY ? DERBY : POSTGRESQL;
    }

    String expand(String sql) {
        String out = sql;
        for (Map.Entry<String, String> e : placeholders.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }
}
