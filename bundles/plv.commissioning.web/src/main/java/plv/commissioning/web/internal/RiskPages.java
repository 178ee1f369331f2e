package plv.commissioning.web.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import plv.commissioning.api.CommissioningPaths;
import plv.commissioning.api.Risk;
import plv.commissioning.api.RiskCategory;
import plv.commissioning.api.RiskLog;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.ProgrammeDescriptor;
import plv.platform.api.ValidationException;
import plv.platform.api.web.CurrentUser;
import plv.platform.api.web.PageRenderer;
import plv.platform.web.api.CsvWriter;

/**
 * A programme's risk log: {@code /commissioning/{programme}/risks} (heat map, list, CSV), {@code .../risks/new},
 * {@code .../risks/{id}} (with the review form), {@code .../risks/{id}/edit}.
 */
final class RiskPages {

    private final RiskLog log;
    private final PageRenderer pages;
    private final CurrentUser users;
    private final plv.commissioning.api.RiskAppetites appetites;
    private final plv.platform.api.time.PlvClock clock;

    RiskPages(RiskLog log, PageRenderer pages, CurrentUser users, plv.commissioning.api.RiskAppetites appetites,
            plv.platform.api.time.PlvClock clock) {
        this.log = log;
        this.pages = pages;
        this.users = users;
        this.appetites = appetites;
        this.clock = clock;
    }

    /** The board's appetite in force today, by category id. */
    private Map<String, Integer> appetitesToday(Actor actor) {
        Map<String, Integer> m = new HashMap<>();
        appetites.inForce(actor == null ? Actor.system() : actor, clock.today()).forEach(a -> m.put(a.category().id(), a.appetite()));
        return m;
    }

    void get(HttpServletRequest req, HttpServletResponse resp, ProgrammeDescriptor p, List<String> rest) throws IOException {
        Actor actor = users.require(req, Requests.READERS);
        if (rest.isEmpty()) {
            list(req, resp, actor, p);
        } else if (rest.equals(List.of("new"))) {
            users.require(req, Requests.KEEPERS);
            form(req, resp, p, null, Map.of(), Map.of());
        } else if (rest.size() == 1) {
            detail(req, resp, actor, p, log.get(actor, p.id(), Requests.id(rest.get(0), "risk")), Map.of(), Map.of());
        } else if (rest.size() == 2 && rest.get(1).equals("edit")) {
            users.require(req, Requests.KEEPERS);
            Risk r = log.get(actor, p.id(), Requests.id(rest.get(0), "risk"));
            form(req, resp, p, r, RiskForms.form(r), Map.of());
        } else {
            throw new NotFoundException("There is no page " + req.getRequestURI() + ".");
        }
    }

    void post(HttpServletRequest req, HttpServletResponse resp, ProgrammeDescriptor p, List<String> rest) throws IOException {
        Actor actor = users.require(req, Requests.KEEPERS);
        Map<String, String> form = Requests.form(req);
        String base = CommissioningPaths.risks(p.id());
        if (rest.isEmpty()) {
            try {
                Risk added = log.add(actor, p.id(), RiskForms.draft(form));
                resp.sendRedirect(base + "/" + added.id());
            } catch (ValidationException e) {
                resp.setStatus(400);
                form(req, resp, p, null, form, Requests.errors(e));
            }
            return;
        }
        long id = Requests.id(rest.get(0), "risk");
        String action = rest.size() == 2 ? rest.get(1) : "";
        switch (action) {
            case "edit" -> {
                try {
                    log.update(actor, p.id(), id, Requests.version(form), RiskForms.draft(form));
                    resp.sendRedirect(base + "/" + id);
                } catch (ValidationException e) {
                    resp.setStatus(400);
                    form(req, resp, p, log.get(actor, p.id(), id), form, Requests.errors(e));
                }
            }
            case "review" -> {
                try {
                    log.review(actor, p.id(), id, Requests.version(form), form.get("likelihood"), form.get("impact"), form.get("note"));
                    resp.sendRedirect(base + "/" + id + "#reviews");
                } catch (ValidationException e) {
                    resp.setStatus(400);
                    detail(req, resp, actor, p, log.get(actor, p.id(), id), form, Requests.errors(e));
                }
            }
            default -> throw new NotFoundException("There is no form at " + req.getRequestURI() + ".");
        }
    }

    private void list(HttpServletRequest req, HttpServletResponse resp, Actor actor, ProgrammeDescriptor p) throws IOException {
        List<Risk> risks = log.list(actor, p.id());
        Map<String, Integer> appetite = appetitesToday(actor);
        if ("csv".equals(req.getParameter("format"))) {
            CsvWriter.send(resp, p.id() + "-risk-log.csv",
                    List.of("Reference", "Risk", "Category", "Appetite", "Owner", "Inherent score", "Current likelihood", "Current impact",
                            "Current score", "Rating", "Target score", "Target date", "Trend", "Reviewed on", "Next review", "Above appetite",
                            "Controls", "Further actions", "Status", "Accepted until", "Accepted by", "Why accepted"),
                    risks.stream().map(r -> List.<Object>of(r.reference(), r.title(), r.category().id(), appetite.get(r.category().id()), r.owner(),
                            r.inherent().value(), r.current().likelihood(), r.current().impact(), r.current().value(), r.current().rating(),
                            r.target().value(), r.targetDate() == null ? "" : r.targetDate(), r.trend().id(), r.reviewedOn(), r.nextReviewOn(),
                            r.aboveAppetite() ? "yes" : "no", r.controls(), String.join("; ", r.actions().stream()
                                    .map(a -> a.description() + " (" + a.owner() + ", by " + a.dueDate() + ")").toList()),
                            r.status().id(), r.acceptance() == null ? "" : r.acceptance().acceptedUntil(),
                            r.acceptance() == null ? "" : r.acceptance().acceptedBy(), r.acceptance() == null ? "" : r.acceptance().reason()))
                            .toList());
            return;
        }
        Map<String, Object> model = model(p, actor);
        model.put("risks", risks);
        model.put("heat", heatMap(risks));
        pages.render(req, resp, getClass(), "commissioning/risks.ftlh", p.name() + ": risk log", model);
    }

    private void detail(HttpServletRequest req, HttpServletResponse resp, Actor actor, ProgrammeDescriptor p, Risk r,
            Map<String, String> form, Map<String, String> errors) throws IOException {
        Map<String, Object> model = model(p, actor);
        model.put("risk", r);
        model.put("form", form);
        model.put("errors", errors);
        pages.render(req, resp, getClass(), "commissioning/risk.ftlh", r.reference() + " " + r.title(), model);
    }

    private void form(HttpServletRequest req, HttpServletResponse resp, ProgrammeDescriptor p, Risk existing, Map<String, String> form,
            Map<String, String> errors) throws IOException {
        Map<String, Object> model = model(p, null);
        model.put("risk", existing == null ? Map.of() : existing);
        model.put("editing", existing != null);
        model.put("form", form);
        model.put("errors", errors);
        model.put("actionRows", RiskForms.actionRows(form));
        Map<String, Integer> appetite = appetitesToday(null);
        model.put("categories", Arrays.stream(RiskCategory.values())
                .map(c -> new ContractForms.Option(c.id(), c.label() + " (appetite " + appetite.get(c.id()) + ")")).toList());
        String title = existing == null ? p.name() + ": record a risk" : "Edit " + existing.reference() + " " + existing.title();
        pages.render(req, resp, getClass(), "commissioning/risk-form.ftlh", title, model);
    }

    private Map<String, Object> model(ProgrammeDescriptor p, Actor actor) {
        Map<String, Object> model = new HashMap<>();
        model.put("appetites", appetitesToday(actor));
        model.put("programme", p);
        model.put("base", CommissioningPaths.risks(p.id()));
        model.put("mayEdit", actor == null || actor.hasAnyRole(Requests.KEEPERS));
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
                row.add(String.join(" ", risks.stream().filter(r -> r.current().impact() == i && r.current().likelihood() == l)
                        .map(Risk::reference).toList()));
            }
            rows.add(row);
        }
        return rows;
    }
}
