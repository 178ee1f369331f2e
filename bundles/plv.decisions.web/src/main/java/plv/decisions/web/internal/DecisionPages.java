package plv.decisions.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import plv.decisions.api.CouncilDecision;
import plv.decisions.api.CouncilDecisions;
import plv.decisions.api.Delegation;
import plv.decisions.api.DecisionImport;
import plv.decisions.api.Delegations;
import plv.decisions.api.ImportResult;
import plv.decisions.api.LondonAuthorities;
import plv.decisions.api.OfficerDecisions;
import plv.decisions.api.SecretaryDashboard;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.Role;
import plv.platform.api.web.CurrentUser;
import plv.platform.api.web.PageRenderer;
import plv.platform.web.api.ListPage;
import plv.platform.web.api.ListQuery;

/**
 * Council decision pages: {@code /decisions} (list, {@code ?format=csv}), {@code /decisions/{id}} (detail with its
 * delegations and officer decisions), {@code /decisions/overview} (the secretary's 33 councils, table and tile map) and
 * {@code /decisions/import} (upload CSV or XML).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/decisions", "/decisions/*"})
@HttpWhiteboardServletMultipart(enabled = true, maxFileSize = 5_000_000L)
public class DecisionPages extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient CurrentUser users;
    private final transient PageRenderer pages;
    private final transient CouncilDecisions decisions;
    private final transient Delegations delegations;
    private final transient OfficerDecisions records;
    private final transient SecretaryDashboard dashboard;
    private final transient DecisionImport importer;
    private final transient DecisionForms forms;

    @Activate
    public DecisionPages(@Reference CurrentUser users, @Reference PageRenderer pages, @Reference CouncilDecisions decisions,
            @Reference Delegations delegations, @Reference OfficerDecisions records, @Reference SecretaryDashboard dashboard,
            @Reference DecisionImport importer, @Reference LondonAuthorities authorities) {
        this.users = users;
        this.pages = pages;
        this.decisions = decisions;
        this.delegations = delegations;
        this.records = records;
        this.dashboard = dashboard;
        this.importer = importer;
        this.forms = new DecisionForms(pages, decisions, delegations, records, authorities);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Actor actor = users.require(req);
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        switch (path) {
            case "/", "" -> list(req, resp, actor);
            case "/overview" -> overview(req, resp, actor);
            case "/import" -> importPage(req, resp, actor, null);
            case "/new" -> {
                users.require(req, Role.SECRETARY);
                forms.newDecision(req, resp);
            }
            default -> {
                String[] parts = path.substring(1).split("/");
                if (parts.length == 1) {
                    detail(req, resp, actor, id("/" + parts[0]));
                } else {
                    showForm(req, resp, users.require(req, Role.SECRETARY), parts);
                }
            }
        }
    }

    /**
     * GET of {id}/edit, {id}/delegations/new, {id}/delegations/{delegationId}/edit,
     * {id}/delegations/{delegationId}/officer-decisions/new and .../officer-decisions/{recordId}/edit.
     */
    private void showForm(HttpServletRequest req, HttpServletResponse resp, Actor actor, String[] parts) throws IOException {
        CouncilDecision d = decisions.get(actor, id("/" + parts[0]));
        switch (form(parts)) {
            case "edit" -> forms.editDecision(req, resp, d);
            case "delegation" -> forms.showDelegation(req, resp, d, null, Map.of(), Map.of());
            case "delegation-edit" -> forms.editDelegation(req, resp, d, forms.delegationOf(actor, d, id("/" + parts[2])));
            case "officer-decision" -> forms.newOfficerDecision(req, resp, d, forms.delegationOf(actor, d, id("/" + parts[2])));
            case "officer-decision-edit" -> {
                Delegation del = forms.delegationOf(actor, d, id("/" + parts[2]));
                forms.editOfficerDecision(req, resp, d, del, forms.recordOf(actor, del, id("/" + parts[4])));
            }
            default -> throw new NotFoundException("There is no page " + req.getPathInfo() + " under /decisions.");
        }
    }

    /** POST to the same paths as {@link #showForm}. */
    private void saveForm(HttpServletRequest req, HttpServletResponse resp, Actor actor, String[] parts) throws IOException {
        CouncilDecision d = decisions.get(actor, id("/" + parts[0]));
        switch (form(parts)) {
            case "edit" -> forms.saveDecision(req, resp, actor, d);
            case "delegation" -> forms.saveDelegation(req, resp, actor, d, null);
            case "delegation-edit" -> forms.saveDelegation(req, resp, actor, d, forms.delegationOf(actor, d, id("/" + parts[2])));
            case "officer-decision" -> forms.saveOfficerDecision(req, resp, actor, d, forms.delegationOf(actor, d, id("/" + parts[2])),
                    null);
            case "officer-decision-edit" -> {
                Delegation del = forms.delegationOf(actor, d, id("/" + parts[2]));
                forms.saveOfficerDecision(req, resp, actor, d, del, forms.recordOf(actor, del, id("/" + parts[4])));
            }
            default -> throw new NotFoundException("Nothing to post at " + req.getRequestURI());
        }
    }

    /** Which form a path under a decision names, or "" for none. */
    private static String form(String[] parts) {
        if (parts.length == 2 && parts[1].equals("edit")) {
            return "edit";
        }
        if (parts.length == 3 && parts[1].equals("delegations") && parts[2].equals("new")) {
            return "delegation";
        }
        if (parts.length == 4 && parts[1].equals("delegations") && parts[3].equals("edit")) {
            return "delegation-edit";
        }
        if (parts.length == 5 && parts[1].equals("delegations") && parts[3].equals("officer-decisions") && parts[4].equals("new")) {
            return "officer-decision";
        }
        if (parts.length == 6 && parts[1].equals("delegations") && parts[3].equals("officer-decisions") && parts[5].equals("edit")) {
            return "officer-decision-edit";
        }
        return "";
    }

    /** Sort keys of the list's sortable columns. */
    private static final Map<String, java.util.function.Function<CouncilDecision, ? extends Comparable<?>>> SORTS = Map.of(
            "council", CouncilDecision::councilName, "reference", d -> d.details().reference(),
            "decided", d -> d.details().decisionDate(), "status", d -> d.details().status().ordinal(),
            "callInEnds", CouncilDecision::callInEnds);

    private void list(HttpServletRequest req, HttpServletResponse resp, Actor actor) throws IOException {
        String council = req.getParameter("council");
        ListQuery query = ListQuery.from(req, List.copyOf(SORTS.keySet()), "council");
        java.util.function.Predicate<CouncilDecision> filter = d -> (council == null || council.isBlank()
                || d.councilGss().equalsIgnoreCase(council)) && query.matches(d.councilName(), d.councilGss(),
                        d.details().reference(), d.details().title(), d.details().decisionMaker().label(),
                        d.details().status().label());
        List<CouncilDecision> all = decisions.list(actor);
        if ("csv".equals(req.getParameter("format"))) {
            CsvExport.decisions(resp, query.selectAll(all, filter, SORTS));
            return;
        }
        ListPage<CouncilDecision> page = query.apply(all, filter, SORTS);
        Map<String, Object> model = new HashMap<>();
        model.put("decisions", Models.decisions(page.items()));
        model.put("query", query);
        model.put("page", page);
        model.put("council", council == null ? "" : council);
        model.put("mayImport", actor.is(Role.SECRETARY));
        model.put("mayRecord", actor.is(Role.SECRETARY));
        model.put("mayOverview", actor.hasAnyRole(Role.SECRETARY, Role.DIRECTOR));
        pages.render(req, resp, getClass(), "decisions/list.ftlh", "Council decisions", model);
    }

    private void detail(HttpServletRequest req, HttpServletResponse resp, Actor actor, long id) throws IOException {
        CouncilDecision d = decisions.get(actor, id);
        Map<String, Object> model = new HashMap<>();
        model.put("d", Models.decision(d));
        // officer decisions link to their review page only for those who may open it (ReviewPages)
        model.put("mayOpenReviews", actor.hasAnyRole(Role.MONITORING_OFFICER, Role.SECRETARY, Role.DIRECTOR));
        model.put("mayRecord", actor.is(Role.SECRETARY));
        model.put("delegations", delegations.forDecision(actor, id).stream().map(del -> {
            Map<String, Object> m = Models.delegation(del);
            m.put("records", records.underDelegation(actor, del.id()).stream().map(Models::officerDecision).toList());
            return m;
        }).toList());
        pages.render(req, resp, getClass(), "decisions/detail.ftlh", d.details().reference() + " – " + d.councilName(), model);
    }

    private void overview(HttpServletRequest req, HttpServletResponse resp, Actor actor) throws IOException {
        var standings = dashboard.standings(actor);
        if ("csv".equals(req.getParameter("format"))) {
            CsvExport.standings(resp, standings);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("standings", standings.stream().map(Models::standing).toList());
        model.put("map", LondonTileMap.svg(standings));
        pages.render(req, resp, getClass(), "decisions/overview.ftlh", "Councils' decisions: overview", model);
    }

    private void importPage(HttpServletRequest req, HttpServletResponse resp, Actor actor, ImportResult result) throws IOException {
        users.require(req, Role.SECRETARY);
        Map<String, Object> model = new HashMap<>();
        model.put("result", result == null ? Map.of() : Models.map(result));
        model.put("hasResult", result != null);
        pages.render(req, resp, getClass(), "decisions/import.ftlh", "Import council decisions", model);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
        Actor actor = users.require(req, Role.SECRETARY);
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if ("/new".equals(path)) {
            forms.saveDecision(req, resp, actor, null);
            return;
        }
        if (!"/import".equals(path)) {
            saveForm(req, resp, actor, path.substring(1).split("/"));
            return;
        }
        Part file = req.getPart("file");
        ImportResult result;
        if (file == null || file.getSize() == 0) {
            result = new ImportResult(0, List.of(new ImportResult.RowError(0, "file", "Choose a CSV or XML file to import.")));
        } else {
            String name = file.getSubmittedFileName() == null ? "" : file.getSubmittedFileName().toLowerCase(java.util.Locale.ROOT);
            try (InputStream in = file.getInputStream()) {
                result = name.endsWith(".xml") ? importer.importXml(actor, in) : importer.importCsv(actor, in);
            }
        }
        importPage(req, resp, actor, result);
    }

    static long id(String path) {
        try {
            return Long.parseLong(path.substring(1));
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no page " + path + " under /decisions.");
        }
    }
}
