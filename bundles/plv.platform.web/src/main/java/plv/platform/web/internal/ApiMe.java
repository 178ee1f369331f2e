package plv.platform.web.internal;

import org.osgi.service.component.annotations.Component;

import plv.platform.api.Actor;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * {@code GET /api/me}: who the credentials belong to, so that a council system can check its HTTP Basic
 * credentials or API token before it calls anything else.
 */
@Component(service = WebRoutes.class)
public class ApiMe implements WebRoutes {

    /** The answer. */
    public record Me(String username, String displayName, String role, String councilGss) {
    }

    @Override
    public void define(Routes routes) {
        routes.get("/api/me", Access.signedIn(), this::me).post("/api/me", Access.signedIn(), this::me);
    }

    private Reply me(RouteRequest r) {
        Actor a = r.requireActor();
        return Reply.json(new Me(a.username(), a.displayName(), a.role().id(), a.councilGss()));
    }
}
