package plv.platform.core.internal;

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import plv.platform.api.Actor;
import plv.platform.api.CostShareCalculator;
import plv.platform.api.KeyDate;
import plv.platform.api.Participant;
import plv.platform.api.Programme;
import plv.platform.api.ProgrammeDescriptor;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.RegisterDescriptor;
import plv.platform.api.ReportDescriptor;
import plv.platform.api.RoleGroup;
import plv.platform.api.ValidationException;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * {@code GET /api/programmes} and {@code /api/programmes/{id}}: the programmes installed now, with their participants,
 * cost shares (for the programmes' staff) and key dates, for any signed-in user or API client. These are routes under
 * the shell's one {@code /api} servlet (not a servlet of their own on {@code /api/programmes/*}), so other bundles can
 * add routes below a programme, e.g. {@code /api/programmes/{id}/contracts.csv}, without a more specific servlet
 * pattern hiding them.
 */
@Component(service = WebRoutes.class)
public class ProgrammesApi implements WebRoutes {

    /**
     * One participant; {@code sharePence} is its share of the programme's costs (see {@code costSharing}), given to the
     * programmes' staff only, null otherwise or when the costs are not shared.
     */
    record ParticipantJson(String code, String name, java.time.LocalDate joined, java.time.LocalDate left, Long sharePence) {
    }

    /** How the costs are shared, with the total the shares add up to. */
    record CostSharingJson(String title, long totalPence, String basis, String weighting, java.time.LocalDate asOf, String error) {
    }

    record ProgrammeJson(String id, String name, String description, String status, String path, List<RegisterDescriptor> registers,
            List<ReportDescriptor> reports, List<ParticipantJson> participants, CostSharingJson costSharing, List<KeyDate> keyDates) {
    }


    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile CostShareCalculator calculator;

    ProgrammeJson json(Programme p, Actor actor) {
        ProgrammeDescriptor d = p.descriptor();
        boolean staff = actor.in(RoleGroup.REGISTER_READERS);
        java.util.Map<String, Long> shares = java.util.Map.of();
        CostSharingJson sharing = null;
        var cs = p.costSharing();
        if (cs.isPresent() && staff) {
            String error = null;
            CostShareCalculator c = calculator;
            if (c == null) {
                error = "The shares are worked out by the membership area, which is not running.";
            } else {
                try {
                    shares = c.shares(cs.get(), p.participants());
                } catch (ValidationException e) {
                    error = e.getMessage();
                }
            }
            sharing = new CostSharingJson(cs.get().title(), cs.get().totalPence(), cs.get().basis().id(), cs.get().weighting(),
                    cs.get().asOf(), error);
        }
        List<ParticipantJson> participants = new java.util.ArrayList<>();
        for (Participant a : p.participants()) {
            participants.add(new ParticipantJson(a.code(), a.name(), a.joined(), a.left(), shares.get(a.code())));
        }
        return new ProgrammeJson(d.id(), d.name(), d.description(), d.status().id(), p.path(), p.registers(), p.reports(), participants,
                sharing, p.keyDates());
    }

    private final ProgrammeRegistry registry;

    @Activate
    public ProgrammesApi(@Reference ProgrammeRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void define(Routes routes) {
        routes.get("/api/programmes", Access.signedIn(), r -> Reply.json(registry.programmes().stream()
                .map(p -> json(p, r.requireActor())).toList()))
                .get("/api/programmes/{id}", Access.signedIn(), r -> {
                    String id = r.path("id");
                    return registry.programme(id).<Reply>map(p -> Reply.json(json(p, r.requireActor())))
                            .orElseGet(() -> Reply.json(404, Map.of("error", "No programme with id '" + id + "' is installed.")));
                });
    }
}
