package plv.decisions.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Reference data: the 33 London authorities. */
@ProviderType
public interface LondonAuthorities {

    /** All 33, in GSS order. */
    List<LondonAuthority> all();

    Optional<LondonAuthority> byGss(String gss);
}
