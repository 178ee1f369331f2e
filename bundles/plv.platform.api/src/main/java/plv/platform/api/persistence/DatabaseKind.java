package plv.platform.api.persistence;

/** Which database the product runs on. */
public enum DatabaseKind {
    DERBY, POSTGRESQL;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
