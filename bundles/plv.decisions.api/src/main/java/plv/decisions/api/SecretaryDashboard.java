package plv.decisions.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/** The secretary's view across the 33 councils. */
@ProviderType
public interface SecretaryDashboard {

    /**
     * One line per London authority, in GSS order.
     *
     * @throws plv.platform.api.AccessDeniedException unless the actor is the secretary or a director
     */
    List<CouncilStanding> standings(Actor actor);
}
