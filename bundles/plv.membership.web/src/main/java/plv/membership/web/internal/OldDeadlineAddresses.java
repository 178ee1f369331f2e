package plv.membership.web.internal;

import org.osgi.service.component.annotations.Component;

import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * The first release's membership deadline addresses, moved for good (308) to the shell's deadlines filtered to the
 * Membership area, keeping the query (a calendar subscription's {@code token} included).
 */
@Component(service = WebRoutes.class)
public class OldDeadlineAddresses implements WebRoutes {

    @Override
    public void define(Routes routes) {
        for (String old : new String[] { "/members/deadlines", "/members/deadlines.ics", "/api/membership/deadlines.ics" }) {
            routes.get(old, Access.signedIn(), r -> Reply.moved(newAddress(old, query(r))));
        }
    }

    private static String query(RouteRequest r) {
        return r.servletRequest().getQueryString();
    }

    static String newAddress(String oldPath, String query) {
        String path = switch (oldPath) {
            case "/members/deadlines.ics" -> "/deadlines.ics";
            case "/api/membership/deadlines.ics" -> "/api/deadlines.ics";
            default -> "/deadlines";
        };
        return path + "?area=Membership" + (query == null || query.isEmpty() ? "" : "&" + query);
    }
}
