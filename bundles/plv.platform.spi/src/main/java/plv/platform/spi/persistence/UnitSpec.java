package plv.platform.spi.persistence;

import java.util.List;

import org.osgi.framework.Bundle;

/**
 * What a bundle that owns data declares to get its persistence unit.
 *
 * @param owner           the owning bundle (its class loader sees the entity classes)
 * @param entityClasses   the JPA entity classes, private to the owner
 * @param migrationFolder folder of {@code V<n>__<description>.sql} files in the owner bundle, e.g. {@code db/migration}
 */
public record UnitSpec(Bundle owner, List<Class<?>> entityClasses, String migrationFolder) {
}
