package plv.membership.web.internal;

import java.io.IOException;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The membership deadlines moved to the suite's deadlines page and feed. Bookmarks and calendar subscriptions of the
 * old addresses are sent there for good (308, so the query with its {@code ?token=} goes along), filtered to
 * membership.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/members/deadlines", "/members/deadlines.ics", "/api/membership/deadlines.ics"})
public class OldDeadlineAddresses extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(308);
        resp.setHeader("Location", req.getContextPath() + newAddress(req.getRequestURI().substring(req.getContextPath().length()),
                req.getQueryString()));
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
