package plv.commissioning.web.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.commissioning.api.CommissioningPaths;
import plv.commissioning.api.Risk;
import plv.commissioning.api.RiskLog;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.ProgrammeDescriptor;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.Role;
import plv.platform.api.RoleGroup;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.Label;
import plv.platform.api.web.route.MaxLength;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.Required;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * {@code /risk-acceptance/{programme}/{id}}: a risk's acceptance and its history; a director accepts the risk until a day
 * with the reason. The risk log itself stays at {@code /commissioning/{programme}/risks}.
 */
@Component(service = WebRoutes.class)
public class RiskAcceptancePages implements WebRoutes {

    private static final Access READERS = Access.of(RoleGroup.REGISTER_READERS);
    static final String PATH = "/risk-acceptance/{programme}/{id}";

    /** What the director types. */
    public record AcceptanceForm(@Required @Label("Accepted until") LocalDate acceptedUntil,
            @Required @MaxLength(2000) @Label("Why the risk is accepted") String reason, @Required Long version) {
    }

    private final RiskLog log;
    private final ProgrammeRegistry programmes;

    @Activate
    public RiskAcceptancePages(@Reference RiskLog log, @Reference ProgrammeRegistry programmes) {
        this.log = log;
        this.programmes = programmes;
    }

    @Override
    public void define(Routes routes) {
        routes.get(PATH, READERS, r -> page(r, FormState.empty()))
                .form(PATH, Access.roles(Role.DIRECTOR), AcceptanceForm.class, this::page, this::accept);
    }

    private Reply.Page page(RouteRequest r, FormState state) {
        Actor actor = r.requireActor();
        ProgrammeDescriptor p = programme(r);
        Risk risk = log.get(actor, p.id(), r.pathLong("id"));
        Map<String, Object> model = new HashMap<>();
        model.put("risk", risk);
        model.put("programmeName", p.name());
        model.put("logPath", CommissioningPaths.risks(p.id()));
        model.put("riskPath", CommissioningPaths.risks(p.id()) + "/" + risk.id());
        model.put("formPath", "/risk-acceptance/" + p.id() + "/" + risk.id());
        model.put("mayAccept", actor.is(Role.DIRECTOR));
        return Reply.page(getClass(), "commissioning/risk-acceptance.ftlh", "Acceptance of " + risk.reference() + " " + risk.title(), model)
                .withForm(state);
    }

    private Reply accept(RouteRequest r, AcceptanceForm form) {
        ProgrammeDescriptor p = programme(r);
        Risk risk = log.accept(r.requireActor(), p.id(), r.pathLong("id"), form.version(), form.acceptedUntil().toString(), form.reason());
        return Reply.redirect(CommissioningPaths.risks(p.id()) + "/" + risk.id(), "Recorded your acceptance of " + risk.reference()
                + " until " + risk.acceptance().acceptedUntil() + " (inclusive).");
    }

    private ProgrammeDescriptor programme(RouteRequest r) {
        String id = r.path("programme");
        return programmes.programme(id).map(p -> p.descriptor())
                .orElseThrow(() -> new NotFoundException("There is no programme '" + id + "' installed."));
    }
}
