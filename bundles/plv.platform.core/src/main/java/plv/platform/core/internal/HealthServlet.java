package plv.platform.core.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import plv.platform.api.Programme;
import plv.platform.api.Role;
import plv.platform.api.web.CurrentUser;
import plv.platform.api.persistence.Database;

/**
 * {@code GET /health}: 200 when all is up, 503 otherwise. Anonymous callers (load balancers, monitors) get only
 * {@code {"status":"UP"}} or {@code {"status":"DOWN"}}; the details (database and its location, bundles, components,
 * programmes) go only to a signed-in company secretary, or over {@code GET /api/health} with a secretary's API token
 * or HTTP Basic.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/health", "/api/health"})
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient BundleContext context;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Database database;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ServiceComponentRuntime scr;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile CurrentUser currentUser;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Programme> programmes;

    @Activate
    public HealthServlet(BundleContext context) {
        this.context = context;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HealthReport report = HealthReport.of(context, database, scr, programmes);
        int status = report.up() ? 200 : 503;
        if (administrator(req)) {
            Json.write(resp, status, report);
        } else {
            Json.write(resp, status, java.util.Map.of("status", report.status()));
        }
    }

    private boolean administrator(HttpServletRequest req) {
        CurrentUser users = currentUser;
        return users != null && users.of(req).map(a -> a.role() == Role.SECRETARY).orElse(false);
    }
}
