package plv.decisions.web.internal;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.servlet.http.Part;

import plv.decisions.api.CouncilDecision;
import plv.decisions.api.CouncilDecisions;
import plv.decisions.api.DecisionImport;
import plv.decisions.api.Delegation;
import plv.decisions.api.Delegations;
import plv.decisions.api.ImportResult;
import plv.decisions.api.LondonAuthorities;
import plv.decisions.api.MonitoringOfficerReviews;
import plv.decisions.api.OfficerDecision;
import plv.decisions.api.OfficerDecisions;
import plv.decisions.api.SecretaryDashboard;
import plv.decisions.web.internal.DecisionForms.DecisionForm;
import plv.decisions.web.internal.DecisionForms.DelegationForm;
import plv.decisions.web.internal.DecisionForms.OfficerDecisionForm;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.Role;
import plv.platform.api.RoleGroup;
import plv.platform.api.ValidationException;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;
import plv.platform.web.api.ListPage;
import plv.platform.web.api.ListQuery;

/**
 * Council decision pages and their API: {@code /decisions} (list, {@code ?format=csv}), {@code /decisions/{id}} (detail
 * with its delegations and officer decisions), {@code /decisions/overview} (the secretary's 33 councils, table and tile
 * map, {@code ?format=csv}), {@code /decisions/import} (upload CSV or XML), the secretary's forms (new and edit of a
 * decision, its delegations and the officer decisions under them); read-only JSON at {@code /api/decisions[/{id}]},
 * {@code /api/delegations[/{id}]}, {@code /api/officer-decisions[/{id}]} and {@code /api/reviews}. The services check
 * the same again: a monitoring officer gets only their own council's records.
 */
@Component(service = WebRoutes.class)
public class DecisionRoutes implements WebRoutes {

    /** The largest decisions file the import takes. */
    static final long MAX_IMPORT_BYTES = 5_000_000L;
    private static final Access SECRETARY = Access.roles(Role.SECRETARY);
    private static final String DECISION = "/decisions/{id}";
    private static final String DELEGATION = DECISION + "/delegations/{delegationId}";
    private static final String RECORD = DELEGATION + "/officer-decisions/{recordId}";

    /** An import posts no field but its file (read by the action) and the CSRF token. */
    record ImportForm() {
    }

    private final CouncilDecisions decisions;
    private final Delegations delegations;
    private final OfficerDecisions records;
    private final SecretaryDashboard dashboard;
    private final DecisionImport importer;
    private final MonitoringOfficerReviews reviews;
    private final DecisionForms forms;

    @Activate
    public DecisionRoutes(@Reference CouncilDecisions decisions, @Reference Delegations delegations,
            @Reference OfficerDecisions records, @Reference SecretaryDashboard dashboard, @Reference DecisionImport importer,
            @Reference MonitoringOfficerReviews reviews, @Reference LondonAuthorities authorities) {
        this.decisions = decisions;
        this.delegations = delegations;
        this.records = records;
        this.dashboard = dashboard;
        this.importer = importer;
        this.reviews = reviews;
        this.forms = new DecisionForms(authorities);
    }

    @Override
    public void define(Routes routes) {
        Access anyone = Access.signedIn();
        routes.get("/decisions", anyone, this::list)
                .get("/decisions/overview", anyone, this::overview)
                .get("/decisions/import", SECRETARY, r -> importPage(null))
                .upload("/decisions/import", SECRETARY, MAX_IMPORT_BYTES, ImportForm.class, (r, state) -> importPage(null).withForm(state),
                        this::importFile)
                .get("/decisions/new", SECRETARY, r -> forms.decisionPage(null, DecisionForms.newDecision()))
                .form("/decisions/new", SECRETARY, DecisionForm.class, (r, s) -> forms.decisionPage(null, s),
                        (r, f) -> Reply.redirect("/decisions/" + decisions.create(r.requireActor(), f.draft(false)).id()))
                .get(DECISION, anyone, this::detail)
                .get(DECISION + "/edit", SECRETARY, r -> {
                    CouncilDecision d = decision(r);
                    return forms.decisionPage(d, DecisionForms.editDecision(d));
                })
                .form(DECISION + "/edit", SECRETARY, DecisionForm.class, (r, s) -> forms.decisionPage(decision(r), s),
                        (r, f) -> {
                            CouncilDecision d = decision(r);
                            decisions.update(r.requireActor(), d.id(), f.version(), f.draft(d.details().illustrative()));
                            return Reply.redirect("/decisions/" + d.id());
                        })
                .get(DECISION + "/delegations/new", SECRETARY, r -> forms.delegationPage(decision(r), null, FormState.empty()))
                .form(DECISION + "/delegations/new", SECRETARY, DelegationForm.class,
                        (r, s) -> forms.delegationPage(decision(r), null, s), (r, f) -> {
                            CouncilDecision d = decision(r);
                            delegations.create(r.requireActor(), d.id(), f.draft());
                            return Reply.redirect("/decisions/" + d.id());
                        })
                .get(DELEGATION + "/edit", SECRETARY, r -> {
                    CouncilDecision d = decision(r);
                    Delegation del = delegation(r, d);
                    return forms.delegationPage(d, del, DecisionForms.editDelegation(del));
                })
                .form(DELEGATION + "/edit", SECRETARY, DelegationForm.class, (r, s) -> {
                    CouncilDecision d = decision(r);
                    return forms.delegationPage(d, delegation(r, d), s);
                }, (r, f) -> {
                    CouncilDecision d = decision(r);
                    delegations.update(r.requireActor(), delegation(r, d).id(), f.version(), f.draft());
                    return Reply.redirect("/decisions/" + d.id());
                })
                .get(DELEGATION + "/officer-decisions/new", SECRETARY, r -> {
                    CouncilDecision d = decision(r);
                    Delegation del = delegation(r, d);
                    return forms.officerDecisionPage(d, del, null, DecisionForms.newOfficerDecision(del));
                })
                .form(DELEGATION + "/officer-decisions/new", SECRETARY, OfficerDecisionForm.class, (r, s) -> {
                    CouncilDecision d = decision(r);
                    return forms.officerDecisionPage(d, delegation(r, d), null, s);
                }, (r, f) -> {
                    Delegation del = delegation(r, decision(r));
                    return Reply.redirect("/reviews/" + records.record(r.requireActor(), del.id(), f.draft(del)).id());
                })
                .get(RECORD + "/edit", SECRETARY, r -> {
                    CouncilDecision d = decision(r);
                    Delegation del = delegation(r, d);
                    return forms.officerDecisionPage(d, del, officerDecision(r, del), DecisionForms.editOfficerDecision(del,
                            officerDecision(r, del)));
                })
                .form(RECORD + "/edit", SECRETARY, OfficerDecisionForm.class, (r, s) -> {
                    CouncilDecision d = decision(r);
                    Delegation del = delegation(r, d);
                    return forms.officerDecisionPage(d, del, officerDecision(r, del), s);
                }, (r, f) -> {
                    CouncilDecision d = decision(r);
                    Delegation del = delegation(r, d);
                    records.update(r.requireActor(), officerDecision(r, del).id(), f.version(), f.draft(del));
                    return Reply.redirect("/decisions/" + d.id());
                })
                .get("/api/decisions", anyone, r -> Reply.json(decisions.list(r.requireActor()).stream().map(Models::decision).toList()))
                .get("/api/decisions/{id}", anyone, r -> Reply.json(Models.decision(decision(r))))
                .get("/api/delegations", anyone, r -> Reply.json(delegations.list(r.requireActor()).stream()
                        .map(Models::delegation).toList()))
                .get("/api/delegations/{id}", anyone, r -> Reply.json(Models.delegation(
                        delegations.get(r.requireActor(), r.pathLong("id")))))
                .get("/api/officer-decisions", anyone, r -> Reply.json(records.list(r.requireActor()).stream()
                        .map(Models::officerDecision).toList()))
                .get("/api/officer-decisions/{id}", anyone, r -> Reply.json(Models.officerDecision(
                        records.get(r.requireActor(), r.pathLong("id")))))
                .get("/api/reviews", anyone, r -> Reply.json(reviews.list(r.requireActor()).stream().map(Models::review).toList()));
    }

    private CouncilDecision decision(RouteRequest r) {
        return decisions.get(r.requireActor(), r.pathLong("id"));
    }

    /** The delegation {@code {delegationId}} of decision {@code d}, or not found. */
    private Delegation delegation(RouteRequest r, CouncilDecision d) {
        long delegationId = r.pathLong("delegationId");
        Delegation del = delegations.get(r.requireActor(), delegationId);
        if (del.councilDecisionId() != d.id()) {
            throw new NotFoundException("Council decision " + d.id() + " has no delegation " + delegationId + ".");
        }
        return del;
    }

    /** The officer decision {@code {recordId}} under delegation {@code del}, or not found. */
    private OfficerDecision officerDecision(RouteRequest r, Delegation del) {
        long recordId = r.pathLong("recordId");
        OfficerDecision o = records.get(r.requireActor(), recordId);
        if (o.delegationId() != del.id()) {
            throw new NotFoundException("The delegation " + del.id() + " has no officer decision " + recordId + ".");
        }
        return o;
    }

    /** Sort keys of the list's sortable columns. */
    private static final Map<String, java.util.function.Function<CouncilDecision, ? extends Comparable<?>>> SORTS = Map.of(
            "council", CouncilDecision::councilName, "reference", d -> d.details().reference(),
            "decided", d -> d.details().decisionDate(), "status", d -> d.details().status().ordinal(),
            "callInEnds", CouncilDecision::callInEnds);

    private Reply list(RouteRequest r) {
        Actor actor = r.requireActor();
        String council = r.query("council").orElse("");
        ListQuery query = ListQuery.from(r.servletRequest(), List.copyOf(SORTS.keySet()), "council");
        java.util.function.Predicate<CouncilDecision> filter = d -> (council.isEmpty()
                || d.councilGss().equalsIgnoreCase(council)) && query.matches(d.councilName(), d.councilGss(),
                        d.details().reference(), d.details().title(), d.details().decisionMaker().label(),
                        d.details().status().label());
        List<CouncilDecision> all = decisions.list(actor);
        if (r.query("format").filter("csv"::equals).isPresent()) {
            return CsvExport.decisions(query.selectAll(all, filter, SORTS));
        }
        ListPage<CouncilDecision> page = query.apply(all, filter, SORTS);
        Map<String, Object> model = new HashMap<>();
        model.put("decisions", Models.decisions(page.items()));
        model.put("query", query);
        model.put("page", page);
        model.put("council", council);
        model.put("mayImport", actor.is(Role.SECRETARY));
        model.put("mayRecord", actor.is(Role.SECRETARY));
        model.put("mayOverview", actor.in(RoleGroup.COMPANY_OFFICERS));
        return Reply.page(getClass(), "decisions/list.ftlh", "Council decisions", model);
    }

    private Reply detail(RouteRequest r) {
        Actor actor = r.requireActor();
        CouncilDecision d = decision(r);
        Map<String, Object> model = new HashMap<>();
        model.put("d", Models.decision(d));
        // officer decisions link to their review page only for those who may open it (ReviewRoutes)
        model.put("mayOpenReviews", actor.in(RoleGroup.COUNCIL_RECORD_READERS));
        model.put("mayRecord", actor.is(Role.SECRETARY));
        model.put("delegations", delegations.forDecision(actor, d.id()).stream().map(del -> {
            Map<String, Object> m = Models.delegation(del);
            m.put("records", records.underDelegation(actor, del.id()).stream().map(Models::officerDecision).toList());
            return m;
        }).toList());
        return Reply.page(getClass(), "decisions/detail.ftlh", d.details().reference() + " – " + d.councilName(), model);
    }

    private Reply overview(RouteRequest r) {
        var standings = dashboard.standings(r.requireActor());
        if (r.query("format").filter("csv"::equals).isPresent()) {
            return CsvExport.standings(standings);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("standings", standings.stream().map(Models::standing).toList());
        model.put("map", LondonTileMap.svg(standings));
        return Reply.page(getClass(), "decisions/overview.ftlh", "Councils' decisions: overview", model);
    }

    private Reply.Page importPage(ImportResult result) {
        Map<String, Object> model = new HashMap<>();
        model.put("result", result == null ? Map.of() : Models.map(result));
        model.put("hasResult", result != null);
        return new Reply.Page(result != null && !result.errors().isEmpty() ? 400 : 200, getClass(), "decisions/import.ftlh",
                "Import council decisions", model);
    }

    /**
     * A file of decisions: no file is refused beside the file's field, as every form is; a file with problems answers
     * 400 with its problems listed by line (nothing of it saved).
     */
    private Reply importFile(RouteRequest r, ImportForm f) throws Exception {
        Part file = r.file("file").filter(p -> p.getSize() > 0)
                .orElseThrow(() -> new ValidationException("file", "Choose a CSV or XML file to import."));
        String name = file.getSubmittedFileName() == null ? "" : file.getSubmittedFileName().toLowerCase(java.util.Locale.ROOT);
        try (InputStream in = file.getInputStream()) {
            Actor actor = r.requireActor();
            return importPage(name.endsWith(".xml") ? importer.importXml(actor, in) : importer.importCsv(actor, in));
        }
    }
}
