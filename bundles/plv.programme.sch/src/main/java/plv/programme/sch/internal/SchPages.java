package plv.programme.sch.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.web.CurrentUser;
import plv.platform.api.web.PageRenderer;
import plv.platform.web.api.CsvWriter;

/** The programme's pages: overview, risk log (with heat map, CSV, new risk form) and contract register. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({SecureChildrensHome.PATH, SecureChildrensHome.PATH + "/*"})
public class SchPages extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Role[] STAFF = {Role.SECRETARY, Role.DIRECTOR, Role.COMMISSIONING_OFFICER};

    private final transient SchRegisters registers;
    private final transient PageRenderer pages;
    private final transient CurrentUser currentUser;
    private final transient SecureChildrensHome programme;

    @Activate
    public SchPages(@Reference SchRegisters registers, @Reference PageRenderer pages, @Reference CurrentUser currentUser,
            @Reference(target = "(plv.programme.type=secure-childrens-home)") plv.platform.api.Programme programme) {
        this.registers = registers;
        this.pages = pages;
        this.currentUser = currentUser;
        this.programme = (SecureChildrensHome) programme;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        switch (path) {
            case "/", "" -> overview(req, resp);
            case "/risks" -> risks(req, resp, Map.of(), Map.of());
            case "/contracts" -> contracts(req, resp);
            default -> throw new NotFoundException("There is no page " + SecureChildrensHome.PATH + path + ".");
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"/risks".equals(req.getPathInfo())) {
            throw new NotFoundException("There is no form at " + req.getRequestURI() + ".");
        }
        Actor actor = currentUser.require(req, Role.COMMISSIONING_OFFICER, Role.SECRETARY);
        Map<String, String> form = new HashMap<>();
        req.getParameterMap().forEach((k, v) -> form.put(k, v.length == 0 ? "" : v[0]));
        try {
            Risk added = registers.addRisk(actor, form);
            resp.sendRedirect(SecureChildrensHome.PATH + "/risks#" + added.reference());
        } catch (ValidationException e) {
            Map<String, String> errors = new HashMap<>();
            e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message()));
            resp.setStatus(400);
            risks(req, resp, form, errors);
        }
    }

    private void overview(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Actor actor = currentUser.require(req);
        // the registers and reports are for the programme's staff: others are not shown links they may not follow
        boolean staff = actor.hasAnyRole(STAFF);
        Map<String, Object> model = new HashMap<>();
        model.put("programme", programme.descriptor());
        model.put("registers", staff ? programme.registers() : List.of());
        model.put("reports", staff ? programme.reports() : List.of());
        pages.render(req, resp, getClass(), "sch/overview.ftlh", "Secure Children's Home", model);
    }

    private void risks(HttpServletRequest req, HttpServletResponse resp, Map<String, String> form, Map<String, String> errors) throws IOException {
        Actor actor = currentUser.require(req, STAFF);
        List<Risk> risks = registers.risks();
        if ("csv".equals(req.getParameter("format"))) {
            CsvWriter.send(resp, "sch-risk-log.csv",
                    List.of("Reference", "Risk", "Category", "Owner", "Inherent score", "Current score", "Rating", "Target score",
                            "Target date", "Trend", "Reviewed on", "Next review", "Above appetite", "Controls"),
                    risks.stream().map(r -> List.<Object>of(r.reference(), r.title(), r.category(), r.owner(), r.inherent().value(),
                            r.current().value(), r.current().rating(), r.target().value(), r.targetDate() == null ? "" : r.targetDate(),
                            r.trend(), r.reviewedOn(), r.nextReview(), r.aboveAppetite() ? "yes" : "no", r.controls() == null ? "" : r.controls()))
                            .toList());
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("risks", risks);
        model.put("heat", heatMap(risks));
        model.put("mayEdit", actor.hasAnyRole(Role.COMMISSIONING_OFFICER, Role.SECRETARY));
        model.put("categories", RiskForm.CATEGORIES.stream().sorted().toList());
        model.put("form", form);
        model.put("errors", errors);
        pages.render(req, resp, getClass(), "sch/risks.ftlh", "Secure Children's Home risk log", model);
    }

    private void contracts(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Actor actor = currentUser.require(req, STAFF);
        pages.render(req, resp, getClass(), "sch/contracts.ftlh", "Secure Children's Home contract register",
                Map.of("contracts", registers.contracts(actor)));
    }

    /** Rows impact 5..1, columns likelihood 1..5: the references of risks at each current score. */
    static List<List<String>> heatMap(List<Risk> risks) {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int impact = 5; impact >= 1; impact--) {
            List<String> row = new java.util.ArrayList<>();
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
