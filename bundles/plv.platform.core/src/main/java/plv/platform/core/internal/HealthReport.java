package plv.platform.core.internal;

import java.util.Arrays;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import plv.platform.api.Programme;
import plv.platform.api.persistence.Database;
import plv.platform.api.persistence.SchemaVersion;

/** What {@code GET /health} answers; UP only when the database answers, every bundle is active and every component is ready. */
record HealthReport(String status, DatabaseHealth database, List<BundleHealth> bundles, ComponentHealth components,
        List<ProgrammeHealth> programmes) {

    /** Components that are not ready: waiting for a service or configuration, or failed to activate. */
    record ComponentHealth(int active, List<String> unsatisfied, List<String> failed) {
        boolean up() {
            return unsatisfied.isEmpty() && failed.isEmpty();
        }
    }

    record DatabaseHealth(String kind, String location, boolean reachable, List<SchemaVersion> schema) {
    }

    record BundleHealth(long id, String symbolicName, String version, String state) {
    }

    record ProgrammeHealth(String id, String name, String status) {
    }

    boolean up() {
        return "UP".equals(status);
    }

    static HealthReport of(BundleContext context, Database db, ServiceComponentRuntime scr, List<Programme> programmes) {
        boolean reachable = db != null && db.reachable();
        DatabaseHealth database = db == null
                ? new DatabaseHealth("none", "", false, List.of())
                : new DatabaseHealth(db.kind().id(), db.location(), reachable, reachable ? db.schemaVersions() : List.of());
        List<BundleHealth> bundles = Arrays.stream(context.getBundles())
                .map(b -> new BundleHealth(b.getBundleId(), b.getSymbolicName(), b.getVersion().toString(), state(b)))
                .toList();
        List<ProgrammeHealth> progs = programmes.stream()
                .map(p -> new ProgrammeHealth(p.descriptor().id(), p.descriptor().name(), p.descriptor().status().id()))
                .toList();
        boolean bundlesUp = bundles.stream().allMatch(b -> b.state().equals("active") || b.state().equals("fragment"));
        ComponentHealth components = components(scr);
        return new HealthReport(reachable && bundlesUp && components.up() ? "UP" : "DOWN", database, bundles, components, progs);
    }

    private static ComponentHealth components(ServiceComponentRuntime scr) {
        if (scr == null) {
            return new ComponentHealth(0, List.of("Declarative Services runtime"), List.of());
        }
        int active = 0;
        List<String> unsatisfied = new java.util.ArrayList<>();
        List<String> failed = new java.util.ArrayList<>();
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
            if (!scr.isComponentEnabled(description)) {
                continue;
            }
            var configurations = scr.getComponentConfigurationDTOs(description);
            if (configurations.isEmpty() && !"require".equals(description.configurationPolicy)) {
                unsatisfied.add(description.name);
            }
            for (ComponentConfigurationDTO c : configurations) {
                switch (c.state) {
                    case ComponentConfigurationDTO.UNSATISFIED_REFERENCE, ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION ->
                        unsatisfied.add(description.name);
                    case ComponentConfigurationDTO.FAILED_ACTIVATION -> failed.add(description.name + ": " + (c.failure == null ? "" : c.failure.lines().findFirst().orElse("")));
                    default -> active++;
                }
            }
        }
        return new ComponentHealth(active, unsatisfied, failed);
    }

    private static String state(Bundle b) {
        if (b.getHeaders("").get(Constants.FRAGMENT_HOST) != null) {
            return "fragment";
        }
        return switch (b.getState()) {
            case Bundle.ACTIVE -> "active";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.INSTALLED -> "installed";
            default -> "uninstalled";
        };
    }
}
