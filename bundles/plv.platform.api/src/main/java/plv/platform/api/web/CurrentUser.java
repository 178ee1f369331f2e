package plv.platform.api.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.Role;

/** Who is asking, as established by the shell's security filter for this request. */
@ProviderType
public interface CurrentUser {

    Optional<Actor> of(HttpServletRequest request);

    /**
     * The signed-in actor, provided they hold one of {@code roles} (any role when none is given).
     *
     * @throws AccessDeniedException when nobody is signed in or the role does not match
     */
    Actor require(HttpServletRequest request, Role... roles);
}
