package plv.platform.web.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.AuditEvent;
import plv.platform.api.audit.AuditTrail;
import plv.platform.api.audit.FieldChange;
import plv.platform.api.web.NavigationEntry;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * The secretary's view of the suite's own bundles ({@code plv.*}): which are active, what navigation each
 * contributes, and stop/start for area and programme bundles (platform bundles cannot be stopped here). Each
 * stop and start is in the audit trail.
 */
@Component(service = WebRoutes.class)
public class BundlesPage implements WebRoutes {

    private static final Access SECRETARY = Access.roles(Role.SECRETARY);

    private final BundleContext context;
    private final ShellNavigation navigation;
    private final AuditTrail audit;

    @Activate
    public BundlesPage(BundleContext context, @Reference ShellNavigation navigation, @Reference AuditTrail audit) {
        this.context = context;
        this.navigation = navigation;
        this.audit = audit;
    }

    @Override
    public void define(Routes routes) {
        routes.get("/admin/bundles", SECRETARY, this::list)
                .post("/admin/bundles/{id}/stop", SECRETARY, r -> change(r, "stop"))
                .post("/admin/bundles/{id}/start", SECRETARY, r -> change(r, "start"));
    }

    private Reply list(RouteRequest r) {
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
        return Reply.page(getClass(), "admin/bundles.ftlh", "Bundles", Map.of("bundles", rows));
    }

    private Reply change(RouteRequest r, String action) {
        Actor actor = r.requireActor();
        Bundle bundle = bundle(r.path("id"));
        if (!stoppable(bundle)) {
            throw new ValidationException("bundle", bundle.getSymbolicName() + " is part of the platform and cannot be stopped here.");
        }
        try {
            if (action.equals("stop")) {
                bundle.stop(Bundle.STOP_TRANSIENT);
            } else {
                bundle.start(Bundle.START_TRANSIENT);
            }
        } catch (BundleException e) {
            throw new IllegalStateException("Could not " + action + " " + bundle.getSymbolicName(), e);
        }
        audit.append(new AuditEvent(actor.username(), action, "bundle", bundle.getSymbolicName(),
                Map.of("state", FieldChange.of(null, state(bundle.getState())))));
        return Reply.redirect("/admin/bundles", (action.equals("stop") ? "Stopped " : "Started ") + bundle.getSymbolicName() + ".");
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
