package plv.programme.sch.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import plv.platform.api.Actor;
import plv.platform.api.RoleGroup;
import plv.platform.api.ValidationException;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;
import plv.programme.sch.internal.Kinds.Judgement;
import plv.programme.sch.internal.NotifiableEvents.Body;
import plv.programme.sch.internal.NotifiableEvents.Category;

/**
 * Inspections and notifiable incidents: pages {@code /sch/inspections} (every signed-in user reads; keepers record
 * and mark actions done) and {@code /sch/incidents} (keepers only), and the API {@code GET|POST
 * /api/programmes/secure-childrens-home/inspections} and {@code .../incidents} (with {@code incidents/{id}/notices}
 * and {@code incidents/{id}/outcome}).
 */
@Component(service = WebRoutes.class)
public class SchRecordsRoutes implements WebRoutes {

    private static final String PAGES = SchPagesRoutes.PATH;
    private static final String API = SchApi.BASE;
    private static final Access KEEPERS = Access.of(RoleGroup.REGISTER_KEEPERS);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    /** Empty action rows the inspection form offers. */
    private static final int ACTION_ROWS = 4;

    /** The incident form. */
    record IncidentForm(LocalDate occurredOn, Category category, String summary, boolean confirmText) {
    }

    /** The form recording a body told. */
    record NoticeForm(Body body, LocalDate notifiedOn) {
    }

    /** The outcome form. */
    record OutcomeForm(String outcome, boolean confirmText) {
    }

    private static final Access BOARD = Access.of(RoleGroup.REGISTER_READERS);

    private final SchHome home;
    private final SchInspections inspections;
    private final SchIncidents incidents;
    private final SchQuarterlyReport report;

    @Activate
    public SchRecordsRoutes(@Reference SchHome home, @Reference SchInspections inspections, @Reference SchIncidents incidents,
            @Reference SchQuarterlyReport report) {
        this.home = home;
        this.inspections = inspections;
        this.incidents = incidents;
        this.report = report;
    }

    @Override
    public void define(Routes routes) {
        routes.get(PAGES + "/inspections", Access.signedIn(), r -> inspectionsPage(r, FormState.empty()))
                .form(PAGES + "/inspections", KEEPERS, SchInspections.InspectionInput.class, this::inspectionsPage, (r, f) -> {
                    SchInspections.Inspection i = inspections.record(r.requireActor(), f);
                    return Reply.redirect(PAGES + "/inspections#inspection-" + i.id(), "Inspection of " + DATE.format(i.inspectedOn())
                            + " recorded." + (i.riskNote() == null ? "" : " " + i.riskNote()));
                })
                .post(PAGES + "/inspections/{id}/actions/{action}/done", KEEPERS, r -> {
                    inspections.done(r.requireActor(), r.pathLong("id"), r.pathLong("action"));
                    return Reply.redirect(PAGES + "/inspections#inspection-" + r.pathLong("id"), "Action marked done.");
                })
                .get(PAGES + "/incidents", KEEPERS, r -> incidentsPage(r, FormState.empty()))
                .form(PAGES + "/incidents", KEEPERS, IncidentForm.class, this::incidentsPage, (r, f) -> {
                    SchIncidents.Incident i = incidents.record(r.requireActor(), new SchIncidents.IncidentInput(f.occurredOn(), f.category(),
                            f.summary(), f.confirmText()));
                    return Reply.redirect(PAGES + "/incidents#incident-" + i.id(), "Incident recorded: now record each body told.");
                })
                .form(PAGES + "/incidents/{id}/notices", KEEPERS, NoticeForm.class, (r, st) -> incidentsPage(r, ofIncident(r, st)), (r, f) -> {
                    incidents.notified(r.requireActor(), r.pathLong("id"), f.body(), f.notifiedOn());
                    return Reply.redirect(PAGES + "/incidents#incident-" + r.pathLong("id"), f.body().label() + " recorded as told.");
                })
                .form(PAGES + "/incidents/{id}/outcome", KEEPERS, OutcomeForm.class, (r, st) -> incidentsPage(r, ofIncident(r, st)), (r, f) -> {
                    incidents.outcome(r.requireActor(), r.pathLong("id"), f.outcome(), f.confirmText());
                    return Reply.redirect(PAGES + "/incidents#incident-" + r.pathLong("id"), "Outcome recorded.");
                })
                .get(API + "/reports/quarterly.pdf", BOARD, this::quarterlyPdf)
                .get(API + "/inspections", Access.signedIn(), r -> Reply.json(inspections.inspections(r.requireActor())))
                .post(API + "/inspections", KEEPERS, r -> Reply.json(201, inspections.record(r.requireActor(),
                        read(r, SchInspections.InspectionInput.class))))
                .post(API + "/inspections/{id}/actions/{action}/done", KEEPERS,
                        r -> Reply.json(inspections.done(r.requireActor(), r.pathLong("id"), r.pathLong("action"))))
                .get(API + "/incidents", KEEPERS, r -> Reply.json(incidents.incidents(r.requireActor())))
                .post(API + "/incidents", KEEPERS, r -> Reply.json(201, incidents.record(r.requireActor(),
                        read(r, SchIncidents.IncidentInput.class))))
                .post(API + "/incidents/{id}/notices", KEEPERS, r -> {
                    NoticeForm f = read(r, NoticeForm.class);
                    return Reply.json(incidents.notified(r.requireActor(), r.pathLong("id"), f.body(), f.notifiedOn()));
                })
                .post(API + "/incidents/{id}/outcome", KEEPERS, r -> {
                    OutcomeForm f = read(r, OutcomeForm.class);
                    return Reply.json(incidents.outcome(r.requireActor(), r.pathLong("id"), f.outcome(), f.confirmText()));
                });
    }

    /** {@code ?year=2026&quarter=3}: the financial year starting 1 April 2026, October to December; empty: this quarter. */
    private Reply quarterlyPdf(RouteRequest r) {
        Quarter now = Quarter.containing(home.today());
        int year = number(r, "year", now.year(), 2000, 2100, "year: give the financial year as the calendar year it starts in, e.g. 2026 for 2026-27.");
        int quarter = number(r, "quarter", now.quarter(), 1, 4, "quarter: give 1 (April to June), 2 (July to September), 3 (October to"
                + " December) or 4 (January to March).");
        Quarter q = new Quarter(year, quarter);
        byte[] pdf = report.pdf(r.requireActor(), q);
        return new Reply.Download("application/pdf", "sch-performance-" + year + "-q" + quarter + ".pdf", true, out -> out.write(pdf));
    }

    private static int number(RouteRequest r, String name, int dflt, int min, int max, String message) {
        String t = r.query(name).orElse(null);
        if (t == null) {
            return dflt;
        }
        try {
            int v = Integer.parseInt(t.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ValidationException(name, message + " Not '" + SchHome.abbreviate(t) + "'.");
    }

    private Reply.Page inspectionsPage(RouteRequest r, FormState state) {
        Actor actor = r.requireActor();
        Map<String, Object> model = base(actor);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SchInspections.Inspection i : inspections.inspections(actor)) {
            Map<String, Object> m = new HashMap<>();
            m.put("id", i.id());
            m.put("inspectedOn", DATE.format(i.inspectedOn()));
            m.put("inspectorate", i.inspectorate());
            m.put("report", i.reportReference() == null ? "" : i.reportReference());
            m.put("judgements", i.judgements().entrySet().stream().map(e -> Map.of("area", e.getKey(), "label", e.getValue().label(),
                    "below", e.getValue().belowGood())).toList());
            m.put("belowGood", i.belowGood());
            m.put("riskNote", i.riskNote() == null ? "" : i.riskNote());
            m.put("actions", i.actions().stream().map(a -> Map.of("id", a.id(), "description", a.description(), "owner", a.owner(),
                    "dueOn", DATE.format(a.dueOn()), "done", a.doneOn() == null ? "" : DATE.format(a.doneOn()) + " (" + a.doneBy() + ")",
                    "overdue", a.doneOn() == null && a.dueOn().isBefore(home.today()))).toList());
            rows.add(m);
        }
        model.put("inspections", rows);
        model.put("judgementOptions", options(Judgement.values()));
        model.put("areas", SchInspections.AREAS);
        model.put("actionRows", ACTION_ROWS);
        model.put("inspectionRisk", home.settings().inspectionRisk());
        return Reply.page(getClass(), "sch/inspections.ftlh", "Secure Children's Home: inspections", model).withForm(state);
    }

    private Reply.Page incidentsPage(RouteRequest r, FormState state) {
        Actor actor = r.requireActor();
        Map<String, Object> model = base(actor);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SchIncidents.Incident i : incidents.incidents(actor)) {
            Map<String, Object> m = new HashMap<>();
            m.put("id", i.id());
            m.put("occurredOn", DATE.format(i.occurredOn()));
            m.put("category", i.category().label());
            m.put("source", i.category().source());
            m.put("summary", i.summary());
            m.put("outcome", i.outcome() == null ? "" : i.outcome() + " (" + DATE.format(i.outcomeOn()) + ")");
            m.put("notices", i.notices().stream().map(n -> n.body().label() + ": " + DATE.format(n.notifiedOn())).toList());
            m.put("notYetTold", i.notYetTold().stream().map(Body::label).toList());
            rows.add(m);
        }
        model.put("incidents", rows);
        List<Map<String, String>> categories = new ArrayList<>();
        for (Category c : Category.values()) {
            categories.add(Map.of("id", c.name(), "label", c.label() + " (" + c.source() + ")"));
        }
        model.put("categories", categories);
        List<Map<String, String>> bodies = new ArrayList<>();
        for (Body b : Body.values()) {
            bodies.add(Map.of("id", b.name(), "label", b.label()));
        }
        model.put("bodies", bodies);
        model.put("todayIso", home.today().toString());
        return Reply.page(getClass(), "sch/incidents.ftlh", "Secure Children's Home: notifiable incidents", model).withForm(state);
    }

    /**
     * A refused notice or outcome form, its fields named as on the page, where each incident has its own forms
     * ({@code body-7}, {@code notifiedOn-7}, {@code outcome-7}, {@code confirmOutcome-7}): the error shows beside the
     * field of the incident it belongs to and the summary links to it.
     */
    private static FormState ofIncident(RouteRequest r, FormState state) {
        String n = "-" + r.pathLong("id");
        java.util.function.Function<String, String> name = k -> (k.equals("confirmText") ? "confirmOutcome" : k) + n;
        Map<String, String> values = new HashMap<>();
        state.values().forEach((k, v) -> values.put(name.apply(k), v));
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        state.errors().forEach((k, v) -> errors.put(name.apply(k), v));
        return new FormState(values, errors);
    }

    private Map<String, Object> base(Actor actor) {
        return SchPagesRoutes.baseModel(home, actor);
    }

    private static List<Map<String, String>> options(Judgement[] values) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Judgement j : values) {
            out.add(Map.of("id", j.name(), "label", j.label()));
        }
        return out;
    }

    /** A JSON body as {@code type}, read by the shell's mapper; a body that does not fit is refused naming the field. */
    static <T> T read(RouteRequest r, Class<T> type) {
        return r.json(type, 20_000);
    }
}
