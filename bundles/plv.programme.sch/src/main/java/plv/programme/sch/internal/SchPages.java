package plv.programme.sch.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.commissioning.api.CommissioningPaths;
import plv.platform.api.Actor;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * The programme's own overview at {@value SecureChildrensHome#PATH} (the programme serves it rather than the kit's, as
 * {@link SecureChildrensHome#overviewByShell()} says), and {@code .../risks} and {@code .../contracts} leading to its
 * registers. A literal route, so it sits beside the shell's {@code /programmes/{name}} overviews.
 */
@Component(service = WebRoutes.class)
public class SchPages implements WebRoutes {

    private final SecureChildrensHome programme;

    @Activate
    public SchPages(@Reference(target = "(plv.programme.type=secure-childrens-home)") plv.platform.api.Programme programme) {
        this.programme = (SecureChildrensHome) programme;
    }

    @Override
    public void define(Routes routes) {
        routes.get(SecureChildrensHome.PATH, Access.signedIn(), this::overview)
                .get(SecureChildrensHome.PATH + "/risks", Access.signedIn(), r -> register("risks"))
                .get(SecureChildrensHome.PATH + "/contracts", Access.signedIn(), r -> register("contracts"));
    }

    private static Reply register(String id) {
        return Reply.moved(CommissioningPaths.registers(SecureChildrensHome.ID).stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow().path());
    }

    private Reply overview(RouteRequest r) {
        // the registers and reports are for the programme's staff: others are not shown links they may not follow
        Actor actor = r.requireActor();
        boolean staff = CommissioningPaths.mayRead(actor);
        Map<String, Object> model = new HashMap<>();
        // referrals and placements only for those who may open them (directors and viewers see aggregates only)
        model.put("mayCases", SchHome.seesCases(actor));
        model.put("mayIncidents", SchHome.seesAll(actor));
        model.put("programme", programme.descriptor());
        model.put("registers", staff ? programme.registers() : List.of());
        model.put("reports", staff ? programme.reports() : List.of());
        return Reply.page(getClass(), "sch/overview.ftlh", "Secure Children's Home", model);
    }
}
