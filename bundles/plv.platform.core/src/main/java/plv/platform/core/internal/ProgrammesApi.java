package plv.platform.core.internal;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.Programme;
import plv.platform.api.ProgrammeDescriptor;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.RegisterDescriptor;
import plv.platform.api.ReportDescriptor;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * {@code GET /api/programmes} and {@code /api/programmes/{id}}: the programmes installed now, for any signed-in user or
 * API client. These are routes under the shell's one {@code /api} servlet (not a servlet of their own on
 * {@code /api/programmes/*}), so other bundles can add routes below a programme, e.g.
 * {@code /api/programmes/{id}/contracts.csv}, without a more specific servlet pattern hiding them.
 */
@Component(service = WebRoutes.class)
public class ProgrammesApi implements WebRoutes {

    record ProgrammeJson(String id, String name, String description, String status, List<RegisterDescriptor> registers,
            List<ReportDescriptor> reports) {
        static ProgrammeJson of(Programme p) {
            ProgrammeDescriptor d = p.descriptor();
            return new ProgrammeJson(d.id(), d.name(), d.description(), d.status().id(), p.registers(), p.reports());
        }
    }

    private final ProgrammeRegistry registry;

    @Activate
    public ProgrammesApi(@Reference ProgrammeRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void define(Routes routes) {
        routes.get("/api/programmes", Access.signedIn(), r -> Reply.json(registry.programmes().stream().map(ProgrammeJson::of).toList()))
                .get("/api/programmes/{id}", Access.signedIn(), r -> {
                    String id = r.path("id");
                    return registry.programme(id).<Reply>map(p -> Reply.json(ProgrammeJson.of(p)))
                            .orElseGet(() -> Reply.json(404, Map.of("error", "No programme with id '" + id + "' is installed.")));
                });
    }
}
