package plv.commissioning.web.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.commissioning.api.CommissioningPaths;
import plv.commissioning.api.Risk;
import plv.commissioning.api.RiskAppetites;
import plv.commissioning.api.RiskCategory;
import plv.commissioning.api.RiskLog;
import plv.commissioning.web.internal.RiskForms.ReviewForm;
import plv.commissioning.web.internal.RiskForms.RiskForm;
import plv.platform.api.Actor;
import plv.platform.api.ProgrammeDescriptor;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.RoleGroup;
import plv.platform.api.time.PlvClock;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;
import plv.platform.web.api.CsvWriter;

/**
 * A programme's risk log, for every programme installed now: {@code /commissioning/{programme}/risks} (heat map, list,
 * {@code ?format=csv}), {@code .../risks/new}, {@code .../risks/{id}} (with the review form), {@code .../risks/{id}/edit}.
 * The forms are bound by the shell ({@link RiskForm}, whose further actions are a repeated group
 * {@code actionDescription-0}..., and {@link ReviewForm}); the risk log checks every value and a refusal comes back as the
 * same form with each error beside its field and what was typed (400). An edit from a stale version is refused (409).
 */
@Component(service = WebRoutes.class)
public class RiskPages implements WebRoutes {

    private static final String BASE = "/commissioning/{programme}/risks";

    private final RiskLog log;
    private final RiskAppetites appetites;
    private final PlvClock clock;
    private final ProgrammeRegistry programmes;

    @Activate
    public RiskPages(@Reference RiskLog log, @Reference RiskAppetites appetites, @Reference PlvClock clock,
            @Reference ProgrammeRegistry programmes) {
        this.log = log;
        this.appetites = appetites;
        this.clock = clock;
        this.programmes = programmes;
    }

    @Override
    public void define(Routes routes) {
        routes.get(BASE, Requests.READ, this::list)
                .get(BASE + "/new", Requests.KEEP, r -> form(r, null, FormState.empty()))
                .form(BASE, Requests.KEEP, RiskForm.class, (r, state) -> form(r, null, state), this::add)
                .get(BASE + "/{id}", Requests.READ, r -> detail(r, risk(r), FormState.empty()))
                .get(BASE + "/{id}/edit", Requests.KEEP, r -> {
                    Risk existing = risk(r);
                    return form(r, existing, Requests.values(RiskForms.form(existing)));
                })
                .form(BASE + "/{id}/edit", Requests.KEEP, RiskForm.class, (r, state) -> form(r, risk(r), state), this::update)
                .form(BASE + "/{id}/review", Requests.KEEP, ReviewForm.class, (r, state) -> detail(r, risk(r), state), this::review);
    }

    private ProgrammeDescriptor programme(RouteRequest r) {
        return Requests.programme(programmes, r);
    }

    private Risk risk(RouteRequest r) {
        return log.get(r.requireActor(), programme(r).id(), r.pathLong("id"));
    }

    private Reply add(RouteRequest r, RiskForm form) {
        ProgrammeDescriptor p = programme(r);
        Risk added = RiskForms.refusedOnFormFields(() -> log.add(r.requireActor(), p.id(), form.draft()));
        return Reply.redirect(CommissioningPaths.risks(p.id()) + "/" + added.id());
    }

    private Reply update(RouteRequest r, RiskForm form) {
        ProgrammeDescriptor p = programme(r);
        long id = r.pathLong("id");
        long version = Requests.version(form.version());
        RiskForms.refusedOnFormFields(() -> log.update(r.requireActor(), p.id(), id, version, form.draft()));
        return Reply.redirect(CommissioningPaths.risks(p.id()) + "/" + id);
    }

    private Reply review(RouteRequest r, ReviewForm form) {
        ProgrammeDescriptor p = programme(r);
        long id = r.pathLong("id");
        log.review(r.requireActor(), p.id(), id, Requests.version(form.version()), form.likelihood(), form.impact(), form.note());
        return Reply.redirect(CommissioningPaths.risks(p.id()) + "/" + id + "#reviews");
    }

    /** The board's appetite in force today, by category id. */
    private Map<String, Integer> appetitesToday(Actor actor) {
        Map<String, Integer> m = new HashMap<>();
        appetites.inForce(actor == null ? Actor.system() : actor, clock.today()).forEach(a -> m.put(a.category().id(), a.appetite()));
        return m;
    }

    private Reply list(RouteRequest r) {
        Actor actor = r.requireActor();
        ProgrammeDescriptor p = programme(r);
        List<Risk> risks = log.list(actor, p.id());
        Map<String, Integer> appetite = appetitesToday(actor);
        if (r.query("format").filter("csv"::equals).isPresent()) {
            return CsvWriter.download(p.id() + "-risk-log.csv",
                    List.of("Reference", "Risk", "Category", "Appetite", "Owner", "Inherent score", "Current likelihood", "Current impact",
                            "Current score", "Rating", "Target score", "Target date", "Trend", "Reviewed on", "Next review", "Above appetite",
                            "Controls", "Further actions", "Status", "Accepted until", "Accepted by", "Why accepted", "Flagged on",
                            "Why flagged"),
                    risks.stream().map(k -> List.<Object>of(k.reference(), k.title(), k.category().id(), appetite.get(k.category().id()),
                            k.owner(), k.inherent().value(), k.current().likelihood(), k.current().impact(), k.current().value(),
                            k.current().rating(), k.target().value(), k.targetDate() == null ? "" : k.targetDate(), k.trend().id(),
                            k.reviewedOn(), k.nextReviewOn(), k.aboveAppetite() ? "yes" : "no", k.controls(), String.join("; ", k.actions()
                                    .stream().map(a -> a.description() + " (" + a.owner() + ", by " + a.dueDate() + ")").toList()),
                            k.status().id(), k.acceptance() == null ? "" : k.acceptance().acceptedUntil(),
                            k.acceptance() == null ? "" : k.acceptance().acceptedBy(), k.acceptance() == null ? "" : k.acceptance().reason(),
                            k.flaggedOn() == null ? "" : k.flaggedOn(), k.flagReason() == null ? "" : k.flagReason()))
                            .toList());
        }
        Map<String, Object> model = model(p, actor);
        model.put("risks", risks);
        model.put("heat", heatMap(risks));
        return Reply.page(getClass(), "commissioning/risks.ftlh", p.name() + ": risk log", model);
    }

    private Reply.Page detail(RouteRequest r, Risk risk, FormState state) {
        ProgrammeDescriptor p = programme(r);
        Map<String, Object> model = model(p, r.requireActor());
        model.put("risk", risk);
        return Reply.page(getClass(), "commissioning/risk.ftlh", risk.reference() + " " + risk.title(), model).withForm(state);
    }

    private Reply.Page form(RouteRequest r, Risk existing, FormState state) {
        ProgrammeDescriptor p = programme(r);
        Map<String, Object> model = model(p, r.requireActor());
        model.put("risk", existing == null ? Map.of() : existing);
        model.put("editing", existing != null);
        model.put("actionRows", RiskForms.actionRows(state.values()));
        Map<String, Integer> appetite = appetitesToday(null);
        model.put("categories", Arrays.stream(RiskCategory.values())
                .map(c -> new ContractForms.Option(c.id(), c.label() + " (appetite " + appetite.get(c.id()) + ")")).toList());
        String title = existing == null ? p.name() + ": record a risk" : "Edit " + existing.reference() + " " + existing.title();
        return Reply.page(getClass(), "commissioning/risk-form.ftlh", title, model).withForm(state);
    }

    private Map<String, Object> model(ProgrammeDescriptor p, Actor actor) {
        Map<String, Object> model = new HashMap<>();
        model.put("appetites", appetitesToday(actor));
        model.put("programme", p);
        model.put("base", CommissioningPaths.risks(p.id()));
        model.put("mayEdit", actor.in(RoleGroup.REGISTER_KEEPERS));
        return model;
    }

    /** Rows impact 5..1, columns likelihood 1..5: the references of the risks at each current score. */
    static List<List<String>> heatMap(List<Risk> risks) {
        List<List<String>> rows = new ArrayList<>();
        for (int impact = 5; impact >= 1; impact--) {
            List<String> row = new ArrayList<>();
            for (int likelihood = 1; likelihood <= 5; likelihood++) {
                int i = impact;
                int l = likelihood;
                row.add(String.join(" ", risks.stream().filter(k -> k.current().impact() == i && k.current().likelihood() == l)
                        .map(Risk::reference).toList()));
            }
            rows.add(row);
        }
        return rows;
    }
}
