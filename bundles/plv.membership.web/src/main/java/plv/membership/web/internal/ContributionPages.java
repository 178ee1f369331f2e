package plv.membership.web.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
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

import plv.membership.api.ContributionLine;
import plv.membership.api.ContributionSchedule;
import plv.membership.api.Contributions;
import plv.membership.api.IssuedStatement;
import plv.platform.api.Actor;
import plv.platform.api.time.PlvClock;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.web.CurrentUser;
import plv.platform.api.web.PageRenderer;
import plv.platform.web.api.CsvWriter;

/**
 * The contributions schedule of a financial year: web page, {@code ?format=csv} and {@code ?format=json}; the issued
 * statement when the year has been issued (frozen, with its SHA-256), and the secretary's forms to issue it or a
 * correction (which shows the difference per member).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/members/contributions")
public class ContributionPages extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient CurrentUser users;
    private final transient PageRenderer pages;
    private final transient Contributions contributions;
    private final transient PlvClock clock;

    @Activate
    public ContributionPages(@Reference CurrentUser users, @Reference PageRenderer pages,
            @Reference Contributions contributions, @Reference PlvClock clock) {
        this.clock = clock;
        this.users = users;
        this.pages = pages;
        this.contributions = contributions;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Actor actor = users.require(req, Role.SECRETARY, Role.DIRECTOR, Role.MONITORING_OFFICER);
        int year = Forms.year(req, Forms.financialYear(clock.today()));
        ContributionSchedule s = contributions.schedule(actor, year);
        String format = req.getParameter("format");
        if ("csv".equals(format)) {
            List<List<String>> rows = rows(s);
            CsvWriter.send(resp, "contributions-" + s.label() + ".csv", rows.get(0), rows.subList(1, rows.size()));
            return;
        }
        if ("json".equals(format)) {
            resp.setContentType("application/json;charset=UTF-8");
            Views.JSON.writeValue(resp.getOutputStream(), Views.schedule(s));
            return;
        }
        show(req, resp, actor, year, s, Map.of(), Map.of(), null);
    }

    private void show(HttpServletRequest req, HttpServletResponse resp, Actor actor, int year, ContributionSchedule s,
            Map<String, String> form, Map<String, String> errors, String message) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("s", Views.schedule(s));
        model.put("year", year);
        model.put("previous", year - 1);
        model.put("next", year + 1);
        List<IssuedStatement> issued = contributions.issued(actor, year);
        model.put("issued", issued.stream().map(Views::issued).toList());
        boolean differs;
        try {
            differs = !issued.isEmpty()
                    && !contributions.workedOut(actor, year).equals(issued.get(issued.size() - 1).schedule());
        } catch (ValidationException e) {
            differs = true; // the rules now cannot even be worked out (e.g. shared funding figures missing)
        }
        model.put("differs", differs);
        model.put("maySecretary", actor.is(Role.SECRETARY));
        model.put("form", form);
        model.put("errors", errors);
        model.put("message", message == null ? "" : message);
        if (!errors.isEmpty()) {
            resp.setStatus(400);
        }
        pages.render(req, resp, getClass(), "members/contributions.ftlh", "Contributions " + s.label(), model);
    }

    /** The secretary issues the year's statement, or a correction of it. */
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Actor actor = users.require(req, Role.SECRETARY);
        int year = Forms.year(req, Forms.financialYear(clock.today()));
        try {
            IssuedStatement i = "correct".equals(req.getParameter("action"))
                    ? contributions.correct(actor, year, req.getParameter("reason"))
                    : contributions.issue(actor, year, req.getParameter("reason"));
            resp.sendRedirect("/members/contributions?year=" + year + "&issued=" + i.id());
        } catch (ValidationException e) {
            show(req, resp, actor, year, contributions.schedule(actor, year), Forms.values(req, "reason"), Forms.errors(e),
                    null);
        }
    }

    /** One row per member and period, then the member's total, then the grand total: all in pounds with 2 decimals. */
    static List<List<String>> rows(ContributionSchedule s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("gss_code", "member", "days_as_member"));
        s.periods().forEach(p -> head.add(p.start() + " to " + p.end()));
        head.add("total");
        rows.add(head);
        for (ContributionLine l : s.lines()) {
            List<String> row = new ArrayList<>(List.of(l.gssCode(), l.memberName(), String.valueOf(l.daysAsMember())));
            l.periodPence().forEach(p -> row.add(Views.plain(p)));
            row.add(Views.plain(l.totalPence()));
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("", "Total", ""));
        s.periods().forEach(p -> total.add(Views.plain(p.totalPence())));
        total.add(Views.plain(s.totalPence()));
        rows.add(total);
        return rows;
    }
}
