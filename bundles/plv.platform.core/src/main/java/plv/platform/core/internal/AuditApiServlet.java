package plv.platform.core.internal;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import plv.platform.api.Role;
import plv.platform.api.audit.AuditTrail;
import plv.platform.api.web.CurrentUser;

/**
 * {@code GET /api/audit/verify}: walks the hash chain ({@code {"valid":..,"entries":..,"firstBrokenEntry":..}});
 * {@code GET /api/audit?recordType=..&recordId=..} or {@code ?limit=N}: entries. Company secretary only.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/audit", "/api/audit/*"})
public class AuditApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient AuditTrail audit;
    private final transient CurrentUser currentUser;

    @Activate
    public AuditApiServlet(@Reference AuditTrail audit, @Reference CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        currentUser.require(req, Role.SECRETARY);
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (path.equals("/verify")) {
            Json.write(resp, 200, audit.verify());
        } else if (path.equals("/")) {
            String type = req.getParameter("recordType");
            String id = req.getParameter("recordId");
            if (type != null && id != null) {
                Json.write(resp, 200, audit.forRecord(type, id));
            } else {
                Json.write(resp, 200, audit.recent(limit(req.getParameter("limit"))));
            }
        } else {
            Json.write(resp, 404, Map.of("error", "Unknown audit resource " + path + "; use /api/audit/verify or /api/audit"));
        }
    }

    private static int limit(String text) {
        try {
            return text == null ? 100 : Math.max(1, Math.min(10_000, Integer.parseInt(text)));
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
