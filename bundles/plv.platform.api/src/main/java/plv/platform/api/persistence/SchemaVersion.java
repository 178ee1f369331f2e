package plv.platform.api.persistence;

/**
 * The schema version one owning bundle has applied.
 *
 * @param owner   the owning bundle's symbolic name
 * @param version highest applied migration version
 */
public record SchemaVersion(String owner, int version) {
}
