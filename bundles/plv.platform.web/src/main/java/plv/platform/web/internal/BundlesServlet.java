package plv.platform.web.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.AuditEvent;
import plv.platform.api.audit.AuditTrail;
import plv.platform.api.audit.FieldChange;
import plv.platform.api.web.CurrentUser;
import plv.platform.api.web.NavigationEntry;
import plv.platform.security.api.UserSession;

/**
 * The secretary's view of the suite's own bundles ({@code plv.*}): which are active, what navigation each
 * contributes, and stop/start for area and programme bundles (platform bundles cannot be stopped here). Each
 * stop and start is in the audit trail.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/admin/bundles", "/admin/bundles/*" })
public class BundlesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient BundleContext context;
    private final transient FreemarkerPageRenderer pages;
    private final transient CurrentUser currentUser;
    private final transient ShellNavigation navigation;
    private final transient AuditTrail audit;

    @Activate
    public BundlesServlet(BundleContext context, @Reference FreemarkerPageRenderer pages, @Reference CurrentUser currentUser,
            @Reference ShellNavigation navigation, @Reference AuditTrail audit) {
        this.context = context;
        this.pages = pages;
        this.currentUser = currentUser;
        this.navigation = navigation;
        this.audit = audit;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        currentUser.require(req, Role.SECRETARY);
        Map<Long, List<NavigationEntry>> nav = navigation.byBundle();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (!b.getSymbolicName().startsWith("plv.")) {
                continue;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("id", b.getBundleId());
            row.put("name", b.getSymbolicName());
            row.put("version", b.getVersion().toString());
            row.put("active", b.getState() == Bundle.ACTIVE);
            row.put("state", state(b.getState()));
            row.put("stoppable", stoppable(b));
            row.put("navigation", nav.getOrDefault(b.getBundleId(), List.of()).stream().map(NavigationEntry::title)
                    .collect(Collectors.joining(", ")));
            rows.add(row);
        }
        pages.render(req, resp, getClass(), "admin/bundles.ftlh", "Bundles", Map.of("bundles", rows));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Actor actor = currentUser.require(req, Role.SECRETARY);
        List<String> parts = Arrays.stream(String.valueOf(req.getPathInfo()).split("/")).filter(s -> !s.isEmpty()).toList();
        if (parts.size() != 2) {
            throw new NotFoundException("There is no page at " + req.getRequestURI() + ".");
        }
        Bundle bundle = bundle(parts.get(0));
        if (!stoppable(bundle)) {
            throw new ValidationException("bundle", bundle.getSymbolicName() + " is part of the platform and cannot be stopped here.");
        }
        try {
            switch (parts.get(1)) {
                case "stop" -> bundle.stop(Bundle.STOP_TRANSIENT);
                case "start" -> bundle.start(Bundle.START_TRANSIENT);
                default -> throw new NotFoundException("There is no action " + parts.get(1) + " for bundles.");
            }
        } catch (BundleException e) {
            throw new IllegalStateException("Could not " + parts.get(1) + " " + bundle.getSymbolicName(), e);
        }
        audit.append(new AuditEvent(actor.username(), parts.get(1), "bundle", bundle.getSymbolicName(),
                Map.of("state", FieldChange.of(null, state(bundle.getState())))));
        UserSession.of(req).ifPresent(s -> s.flash((parts.get(1).equals("stop") ? "Stopped " : "Started ") + bundle.getSymbolicName() + "."));
        resp.sendRedirect(req.getContextPath() + "/admin/bundles");
    }

    private Bundle bundle(String id) {
        try {
            Bundle b = context.getBundle(Long.parseLong(id));
            if (b != null && b.getSymbolicName().startsWith("plv.")) {
                return b;
            }
        } catch (NumberFormatException e) {
            // not found below
        }
        throw new NotFoundException("There is no PLV bundle " + id + ".");
    }

    private static boolean stoppable(Bundle b) {
        String name = b.getSymbolicName();
        return name.startsWith("plv.") && !name.startsWith("plv.platform.") && !name.equals("plv.itest");
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "active";
            case Bundle.RESOLVED -> "stopped";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            case Bundle.INSTALLED -> "installed (not resolved)";
            default -> "uninstalled";
        };
    }
}
