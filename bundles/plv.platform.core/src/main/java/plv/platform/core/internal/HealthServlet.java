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

    /** The last status worked out, and when (System.nanoTime). */
    record Checked(String status, boolean up, long at) {

        static Checked of(HealthReport report) {
            return new Checked(report.status(), report.up(), System.nanoTime());
        }

        /**
         * Whether an anonymous caller at {@code now} is given this status rather than a new check: an UP for
         * {@link #UP_REUSE_NANOS}, so that a proxy polling every node does not cost a full report per request; a DOWN
         * only for {@link #DOWN_REUSE_NANOS}, so that a node that has just come up (or back) is seen as up at once and
         * not up to a second later.
         */
        boolean reusableAt(long now) {
            return now - at < (up ? UP_REUSE_NANOS : DOWN_REUSE_NANOS);
        }
    }

    /** How long an anonymous caller is given the last UP rather than a new check. */
    static final long UP_REUSE_NANOS = 1_000_000_000L;
    /** How long an anonymous caller is given the last DOWN rather than a new check. */
    static final long DOWN_REUSE_NANOS = 100_000_000L;

    private final AnonymousStatus anonymous = new AnonymousStatus();

    /**
     * The status anonymous callers are given: the last one while it may be reused, else a new check, run by one caller
     * at a time. A check can wait on the database (up to the pool's connection timeout when it is down), so the other
     * callers meanwhile get the last status, or DOWN before the first check has finished, instead of each starting a
     * check of its own and holding a request thread.
     */
    static final class AnonymousStatus {
        private final java.util.concurrent.atomic.AtomicBoolean checking = new java.util.concurrent.atomic.AtomicBoolean();
        private volatile Checked last;

        Checked current(long now, java.util.function.Supplier<Checked> check) {
            Checked c = last;
            if (c != null && c.reusableAt(now)) {
                return c;
            }
            if (!checking.compareAndSet(false, true)) {
                return c != null ? c : new Checked("DOWN", false, now);
            }
            try {
                c = check.get();
                last = c;
                return c;
            } finally {
                checking.set(false);
            }
        }

        void remember(Checked c) {
            last = c;
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (administrator(req)) {
            HealthReport report = HealthReport.of(context, database, scr, programmes);
            anonymous.remember(Checked.of(report)); // a secretary's check serves the anonymous callers too
            Json.write(resp, report.up() ? 200 : 503, report);
            return;
        }
        Checked c = anonymous.current(System.nanoTime(), () -> Checked.of(HealthReport.of(context, database, scr, programmes)));
        Json.writeStatus(resp, c.up() ? 200 : 503, c.status());
    }

    private boolean administrator(HttpServletRequest req) {
        CurrentUser users = currentUser;
        return users != null && users.of(req).map(a -> a.role() == Role.SECRETARY).orElse(false);
    }
}
