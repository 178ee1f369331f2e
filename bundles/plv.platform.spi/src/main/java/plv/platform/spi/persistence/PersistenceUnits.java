package plv.platform.spi.persistence;

import org.osgi.annotation.versioning.ProviderType;

/** Opens a JPA persistence unit (EclipseLink) for one owning bundle over the shared {@link Database}. */
@ProviderType
public interface PersistenceUnits {

    /** Applies the owner's migrations, then builds its persistence unit. Close the store when the owner stops. */
    Store open(UnitSpec spec);
}
