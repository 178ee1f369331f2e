package plv.platform.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The programmes installed right now. */
@ProviderType
public interface ProgrammeRegistry {

    /** Every installed programme, by name. */
    List<Programme> programmes();

    Optional<Programme> programme(String id);
}
