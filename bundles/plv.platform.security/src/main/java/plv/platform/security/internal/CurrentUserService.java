package plv.platform.security.internal;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.osgi.service.component.annotations.Component;

import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.web.CurrentUser;

/** Reads the actor the security filter established for this request. */
@Component(service = CurrentUser.class)
public class CurrentUserService implements CurrentUser {

    static final String ATTRIBUTE = "plv.security.actor";

    @Override
    public Optional<Actor> of(HttpServletRequest request) {
        return Optional.ofNullable((Actor) request.getAttribute(ATTRIBUTE));
    }

    @Override
    public Actor require(HttpServletRequest request, Role... roles) {
        Actor actor = of(request).orElseThrow(() -> new AccessDeniedException("Sign in to see this page."));
        if (roles.length > 0 && !actor.hasAnyRole(roles)) {
            throw new AccessDeniedException("This page is for the "
                    + String.join(" or ", Arrays.stream(roles).map(r -> r.label().toLowerCase(java.util.Locale.ROOT)).toList())
                    + "; you are signed in as " + actor.role().label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        return actor;
    }
}
