package plv.procurement.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.NotFoundException;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.Role;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;
import plv.procurement.api.Arrangement;
import plv.procurement.api.Procurements;

/**
 * {@code /procurement/{programme}}: a programme's frameworks, dynamic purchasing systems and block contracts, with the
 * providers' applications, the call-offs, their bids and scores, the award and the standstill end date;
 * {@code /api/procurement/{programme}} the same as JSON.
 */
@Component(service = WebRoutes.class)
public class ProcurementPages implements WebRoutes {

    private static final Access READERS = Access.roles(Role.COMMISSIONING_OFFICER, Role.SECRETARY, Role.DIRECTOR);

    private final Procurements procurements;
    private final ProgrammeRegistry registry;

    @Activate
    public ProcurementPages(@Reference Procurements procurements, @Reference ProgrammeRegistry registry) {
        this.procurements = procurements;
        this.registry = registry;
    }

    @Override
    public void define(Routes routes) {
        routes.get("/procurement/{programme}", READERS, this::page)
                .get("/api/procurement/{programme}", READERS, r -> Reply.json(arrangements(r)));
    }

    private List<Arrangement> arrangements(RouteRequest r) {
        String id = r.path("programme");
        if (registry.programme(id).isEmpty()) {
            throw new NotFoundException("No programme with id '" + id + "' is installed.");
        }
        return procurements.arrangements(r.requireActor(), id);
    }

    private Reply page(RouteRequest r) {
        List<Arrangement> list = arrangements(r);
        var programme = registry.programme(r.path("programme")).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("programme", programme.descriptor().name());
        model.put("programmePath", programme.path() == null ? "/programmes" : programme.path());
        model.put("arrangements", list);
        return Reply.page(getClass(), "procurement/arrangements.ftlh", programme.descriptor().name() + ": procurement", model);
    }
}
