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

import plv.membership.api.MemberAgreement;
import plv.membership.api.MemberAgreements;
import plv.platform.api.Actor;
import plv.platform.api.time.PlvClock;
import plv.platform.api.Role;
import plv.platform.api.web.CurrentUser;
import plv.platform.api.web.PageRenderer;
import plv.platform.web.api.CsvWriter;

/** Every member agreement with its computed dates ({@code /members/agreements}, {@code ?asOf=} and {@code ?format=csv}). */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/members/agreements")
public class AgreementPages extends HttpServlet {

    /** Who may read the member agreements. */
    static final Role[] READERS = {Role.SECRETARY, Role.DIRECTOR, Role.MONITORING_OFFICER};

    private static final long serialVersionUID = 1L;
    private final transient CurrentUser users;
    private final transient PageRenderer pages;
    private final transient MemberAgreements agreements;
    private final transient PlvClock clock;

    @Activate
    public AgreementPages(@Reference CurrentUser users, @Reference PageRenderer pages,
            @Reference MemberAgreements agreements, @Reference PlvClock clock) {
        this.clock = clock;
        this.users = users;
        this.pages = pages;
        this.agreements = agreements;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Actor actor = users.require(req, READERS);
        LocalDate asOf = Forms.date(req, "asOf", false);
        asOf = asOf == null ? clock.today() : asOf;
        List<MemberAgreement> list = agreements.agreements(actor, asOf);
        if ("csv".equals(req.getParameter("format"))) {
            List<List<String>> rows = new ArrayList<>();
            for (MemberAgreement a : list) {
                var d = a.dates();
                rows.add(List.of(a.gssCode(), a.memberName(), a.templateName(), a.joinedOn().toString(),
                        d.currentTerm().label(), d.currentTerm().start().toString(), d.termEnd().toString(),
                        d.nextBreak() == null ? "" : d.nextBreak().breakDate().toString(),
                        d.nextBreak() == null ? "" : d.nextBreak().lastNoticeDate().toString(),
                        d.renewalDate() == null ? "" : d.renewalDate().toString(),
                        d.nextTerm() == null || d.nextTerm().breakPoint() == null ? ""
                                : d.nextTerm().breakPoint().breakDate().toString(),
                        a.noticeServed() ? "yes" : "no", a.breakTakenOn() == null ? "" : a.breakTakenOn().toString(),
                        d.nextExit() == null ? "" : d.nextExit().toString(), a.renewal().status().name(),
                        a.renewal().ratifiedOn() == null ? "" : a.renewal().ratifiedOn().toString(),
                        a.renewal().decisionReference() == null ? "" : a.renewal().decisionReference()));
            }
            CsvWriter.send(resp, "member-agreements-" + asOf + ".csv", List.of("gss_code", "member", "template", "joined_on",
                    "current_term", "term_start", "term_end", "next_break", "last_notice_date", "renewal_date", "next_term_break",
                    "notice_served", "break_taken_on", "next_exit", "renewal_status", "ratified_on", "decision_reference"), rows);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("agreements", list.stream().map(Views::agreement).toList());
        model.put("asOf", asOf.toString());
        model.put("maySecretary", actor.is(Role.SECRETARY));
        pages.render(req, resp, getClass(), "members/agreements.ftlh", "Member agreements", model);
    }
}
