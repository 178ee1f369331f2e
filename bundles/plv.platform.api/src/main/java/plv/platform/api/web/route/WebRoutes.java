package plv.platform.api.web.route;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service of a bundle's pages and endpoints. Register it with Declarative Services; the web shell picks it
 * up at once (and drops its routes when the bundle stops):
 *
 * <pre>
 * &#64;Component(service = WebRoutes.class)
 * public class UserPages implements WebRoutes {
 *     public void define(Routes routes) {
 *         routes.get("/users/{username}", Access.roles(Role.SECRETARY), this::detail);
 *     }
 * }
 * </pre>
 */
@ConsumerType
public interface WebRoutes {

    /** Declares every route of this service. Called once when the service is picked up. */
    void define(Routes routes);
}
