package plv.commissioning.web.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.commissioning.api.RiskAppetite;
import plv.commissioning.api.RiskAppetites;
import plv.commissioning.api.RiskCategory;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.RoleGroup;
import plv.platform.api.time.PlvClock;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.Label;
import plv.platform.api.web.route.MaxLength;
import plv.platform.api.web.route.Range;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.Required;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * {@code /risk-appetite}: the board's risk appetite per category, in force today and its history; the company secretary
 * records a board decision that sets one from a date. {@code /api/risk-appetite} gives the same as JSON.
 */
@Component(service = WebRoutes.class)
public class RiskAppetitePages implements WebRoutes {

    private static final Access READERS = Access.of(RoleGroup.REGISTER_READERS);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The form the secretary fills in from the board's minute. */
    public record AppetiteForm(@Required RiskCategory category, @Required @Range(min = 1, max = 25) @Label("Appetite") Integer appetite,
            @Required @Label("Effective from") LocalDate effectiveFrom,
            @Required @MaxLength(100) @Label("Board decision") String decisionReference) {
    }

    /** The JSON answer. */
    public record AppetiteJson(LocalDate day, List<RiskAppetite> inForce, List<RiskAppetite> history) {
    }

    private final RiskAppetites appetites;
    private final PlvClock clock;

    @Activate
    public RiskAppetitePages(@Reference RiskAppetites appetites, @Reference PlvClock clock) {
        this.appetites = appetites;
        this.clock = clock;
    }

    @Override
    public void define(Routes routes) {
        routes.get("/risk-appetite", READERS, r -> page(r, FormState.empty()))
                .form("/risk-appetite", Access.roles(Role.SECRETARY), AppetiteForm.class, this::page, this::set)
                .get("/api/risk-appetite", READERS, r -> Reply.json(new AppetiteJson(clock.today(),
                        appetites.inForce(r.requireActor(), clock.today()), appetites.history(r.requireActor()))));
    }

    private Reply.Page page(RouteRequest r, FormState state) {
        Actor actor = r.requireActor();
        Map<String, Object> model = new HashMap<>();
        model.put("today", DATE.format(clock.today()));
        model.put("inForce", appetites.inForce(actor, clock.today()).stream().map(RiskAppetitePages::row).toList());
        model.put("history", appetites.history(actor).stream().map(RiskAppetitePages::row).toList());
        model.put("mayRecord", actor.is(Role.SECRETARY));
        model.put("categories", Arrays.stream(RiskCategory.values()).map(c -> Map.of("id", c.id(), "label", c.label())).toList());
        return Reply.page(getClass(), "commissioning/risk-appetite.ftlh", "The board's risk appetite", model).withForm(state);
    }

    private Reply set(RouteRequest r, AppetiteForm form) {
        RiskAppetite a = appetites.set(r.requireActor(), form.category(), form.appetite(), form.effectiveFrom(), form.decisionReference());
        return Reply.redirect("/risk-appetite", "Recorded the board's appetite for " + a.category().label() + " risks: " + a.appetite()
                + " from " + DATE.format(a.effectiveFrom()) + ".");
    }

    private static Map<String, Object> row(RiskAppetite a) {
        return Map.of("category", a.category().label(), "appetite", a.appetite(),
                "from", a.isDefault() ? "" : DATE.format(a.effectiveFrom()),
                "decision", a.isDefault() ? "The suite's default: the board has not set one" : a.decisionReference(),
                "recordedBy", a.recordedBy() == null ? "" : a.recordedBy());
    }
}
