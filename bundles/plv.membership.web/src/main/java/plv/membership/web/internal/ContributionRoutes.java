package plv.membership.web.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.membership.api.ContributionLine;
import plv.membership.api.ContributionSchedule;
import plv.membership.api.Contributions;
import plv.membership.api.IssuedStatement;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.RoleGroup;
import plv.platform.api.ValidationException;
import plv.platform.api.money.Money;
import plv.platform.api.time.PlvClock;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;
import plv.platform.web.api.CsvWriter;

/**
 * The contributions schedule of a financial year ({@code /members/contributions?year=2028}): web page,
 * {@code &format=csv} and {@code &format=json}; the issued statement when the year has been issued (frozen, with its
 * SHA-256), and the secretary's forms to issue it ({@code /members/contributions/issue?year=}) or a correction
 * ({@code /members/contributions/correct?year=}, which shows the difference per member).
 */
@Component(service = WebRoutes.class)
public class ContributionRoutes implements WebRoutes {

    private static final Access READERS = Access.of(RoleGroup.COUNCIL_RECORD_READERS);
    private static final Access SECRETARY = Access.roles(Role.SECRETARY);

    /** The reason an issue or a correction is recorded with. */
    record ReasonForm(String reason) {
    }

    private final Contributions contributions;
    private final PlvClock clock;

    @Activate
    public ContributionRoutes(@Reference Contributions contributions, @Reference PlvClock clock) {
        this.contributions = contributions;
        this.clock = clock;
    }

    @Override
    public void define(Routes routes) {
        routes.get("/members/contributions", READERS, this::schedule)
                .form("/members/contributions/issue", SECRETARY, ReasonForm.class, this::page,
                        (r, f) -> issued(r, contributions.issue(r.requireActor(), year(r), f.reason())))
                .form("/members/contributions/correct", SECRETARY, ReasonForm.class, this::page,
                        (r, f) -> issued(r, contributions.correct(r.requireActor(), year(r), f.reason())));
    }

    private int year(RouteRequest r) {
        return Forms.year(r.query("year").orElse(null), Forms.financialYear(clock.today()));
    }

    private Reply issued(RouteRequest r, IssuedStatement i) {
        return Reply.redirect("/members/contributions?year=" + year(r) + "&issued=" + i.id());
    }

    private Reply schedule(RouteRequest r) {
        ContributionSchedule s = contributions.schedule(r.requireActor(), year(r));
        String format = r.query("format").orElse("");
        if (format.equals("csv")) {
            List<List<String>> rows = rows(s);
            return CsvWriter.download("contributions-" + s.label() + ".csv", rows.get(0), rows.subList(1, rows.size()));
        }
        if (format.equals("json")) {
            return Reply.json(Views.schedule(s));
        }
        return page(r, FormState.empty());
    }

    private Reply.Page page(RouteRequest r, FormState state) {
        Actor actor = r.requireActor();
        int year = year(r);
        ContributionSchedule s = contributions.schedule(actor, year);
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
        model.put("message", "");
        return Reply.page(getClass(), "members/contributions.ftlh", "Contributions " + s.label(), model).withForm(state);
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
            l.periodPence().forEach(p -> row.add(Money.plain(p)));
            row.add(Money.plain(l.totalPence()));
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("", "Total", ""));
        s.periods().forEach(p -> total.add(Money.plain(p.totalPence())));
        total.add(Money.plain(s.totalPence()));
        rows.add(total);
        return rows;
    }
}
