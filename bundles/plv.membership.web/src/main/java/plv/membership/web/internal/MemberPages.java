package plv.membership.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
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

import plv.membership.api.BreakNotice;
import plv.membership.api.Contributions;
import plv.membership.api.Member;
import plv.membership.api.MemberAgreement;
import plv.membership.api.MemberAgreements;
import plv.membership.api.MemberDocuments;
import plv.membership.api.MemberRegister;
import plv.membership.api.MemberStatement;
import plv.membership.api.StoredDocument;
import plv.platform.api.Actor;
import plv.platform.api.time.PlvClock;
import plv.platform.api.NotFoundException;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.web.CurrentUser;
import plv.platform.api.web.PageRenderer;
import plv.platform.web.api.CsvWriter;
import plv.platform.web.api.ListPage;
import plv.platform.web.api.ListQuery;

/**
 * The register of members ({@code /members}, CSV with {@code ?format=csv}), a member's record
 * ({@code /members/E09000003}), the break notice form ({@code /members/E09000003/notice}), document upload and download,
 * a member's statement of contributions ({@code /members/E09000003/statement?year=2028}) and the secretary's forms for
 * a status change, corporate representatives and a variation of terms ({@link MemberForms}).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/members", "/members/*"})
@HttpWhiteboardServletMultipart(enabled = true, maxFileSize = 25_000_000L)
public class MemberPages extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient CurrentUser users;
    private final transient PageRenderer pages;
    private final transient MemberRegister register;
    private final transient MemberAgreements agreements;
    private final transient MemberDocuments documents;
    private final transient Contributions contributions;
    private final transient PlvClock clock;

    @Activate
    public MemberPages(@Reference CurrentUser users, @Reference PageRenderer pages, @Reference MemberRegister register,
            @Reference MemberAgreements agreements, @Reference MemberDocuments documents,
            @Reference Contributions contributions, @Reference PlvClock clock) {
        this.clock = clock;
        this.users = users;
        this.pages = pages;
        this.register = register;
        this.agreements = agreements;
        this.documents = documents;
        this.contributions = contributions;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Actor actor = users.require(req);
        String[] parts = parts(req);
        if (parts.length == 0) {
            list(req, resp, actor);
        } else if (parts.length == 1) {
            detail(req, resp, actor, parts[0]);
        } else if (parts.length == 2 && parts[1].equals("notice")) {
            users.require(req, Role.SECRETARY);
            noticeForm(req, resp, actor, parts[0], Map.of("servedOn", clock.today().toString()), Map.of());
        } else if (parts.length == 2 && parts[1].equals("events")) {
            users.require(req, Role.SECRETARY);
            events().show(req, resp, actor, parts[0], Map.of("on", clock.today().toString()), Map.of());
        } else if (parts.length == 2 && parts[1].equals("status")) {
            users.require(req, Role.SECRETARY);
            forms().showStatus(req, resp, actor, parts[0], Map.of("effectiveOn", clock.today().toString()), Map.of());
        } else if (parts.length == 2 && parts[1].equals("representatives")) {
            users.require(req, Role.SECRETARY);
            forms().showRepresentatives(req, resp, actor, parts[0], Map.of(), Map.of());
        } else if (parts.length == 2 && parts[1].equals("variation")) {
            users.require(req, Role.SECRETARY);
            forms().showVariation(req, resp, actor, parts[0], Map.of(), Map.of());
        } else if (parts.length == 2 && parts[1].equals("statement")) {
            statement(req, resp, actor, parts[0]);
        } else if (parts.length == 3 && parts[1].equals("documents")) {
            download(resp, actor, parts[2]);
        } else {
            throw new NotFoundException("There is no page at " + req.getRequestURI() + ".");
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
        Actor actor = users.require(req, Role.SECRETARY);
        String[] parts = parts(req);
        if (parts.length == 2 && parts[1].equals("notice")) {
            serveNotice(req, resp, actor, parts[0]);
        } else if (parts.length == 2 && parts[1].equals("events")) {
            events().record(req, resp, actor, parts[0]);
        } else if (parts.length == 2 && parts[1].equals("documents")) {
            upload(req, resp, actor, parts[0]);
        } else if (parts.length == 2 && parts[1].equals("status")) {
            forms().changeStatus(req, resp, actor, parts[0]);
        } else if (parts.length == 2 && parts[1].equals("representatives")) {
            forms().appoint(req, resp, actor, parts[0]);
        } else if (parts.length == 3 && parts[1].equals("representatives") && parts[2].equals("cease")) {
            forms().cease(req, resp, actor, parts[0]);
        } else if (parts.length == 2 && parts[1].equals("variation")) {
            forms().vary(req, resp, actor, parts[0]);
        } else {
            throw new NotFoundException("Nothing to post at " + req.getRequestURI() + ".");
        }
    }

    private AgreementEventForm events() {
        return new AgreementEventForm(pages, agreements, documents, clock);
    }

    private MemberForms forms() {
        return new MemberForms(pages, register, agreements, clock);
    }

    private static String[] parts(HttpServletRequest req) {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().replaceAll("^/+|/+$", "");
        return path.isEmpty() ? new String[0] : path.split("/");
    }

    /** Sort keys of the register's sortable columns. */
    private static final Map<String, java.util.function.Function<Member, ? extends Comparable<?>>> SORTS = Map.of(
            "gss", Member::gssCode, "name", Member::name, "subRegion", m -> m.subRegion().name(),
            "status", m -> m.status().ordinal(), "registeredOn", Member::registeredOn);

    private void list(HttpServletRequest req, HttpServletResponse resp, Actor actor) throws IOException {
        // 50 a page: the 33 London authorities fit on one, a filter or sort never hides one behind a pager
        ListQuery query = ListQuery.from(req, List.copyOf(SORTS.keySet()), "gss", 50);
        List<Member> members = register.members(actor);
        java.util.function.Predicate<Member> filter = m -> query.matches(m.gssCode(), m.name(), m.subRegion().name(),
                m.subRegion().label(), m.status().label(), representative(m));
        if ("csv".equals(req.getParameter("format"))) {
            List<List<String>> rows = new ArrayList<>();
            for (Member m : query.selectAll(members, filter, SORTS)) {
                rows.add(List.of(m.gssCode(), m.name(), m.subRegion().name(), m.address() == null ? "" : m.address(),
                        m.status().label(), str(m.registeredOn()), str(m.ceasedOn()),
                        m.joiningDecision() == null ? "" : m.joiningDecision().reference(),
                        m.joiningDecision() == null ? "" : m.joiningDecision().decisionMaker(),
                        m.joiningDecision() == null ? "" : str(m.joiningDecision().decidedOn()), representative(m)));
            }
            CsvWriter.send(resp, "register-of-members.csv", List.of("gss_code", "name", "sub_region", "address", "status",
                    "registered_on", "ceased_on", "joining_decision", "decision_maker", "decided_on", "corporate_representative"),
                    rows);
            return;
        }
        ListPage<Member> page = query.apply(members, filter, SORTS);
        Map<String, Object> model = new HashMap<>();
        model.put("members", page.items().stream().map(m -> Views.member(m, clock.today())).toList());
        model.put("query", query);
        model.put("page", page);
        model.put("showContacts", actor.hasAnyRole(Role.SECRETARY, Role.DIRECTOR));
        model.put("mayAgreements", actor.hasAnyRole(AgreementPages.READERS));
        pages.render(req, resp, getClass(), "members/register.ftlh", "Register of members", model);
    }

    private String representative(Member m) {
        return m.representativeOn(clock.today()).map(r -> r.personName()).orElse("");
    }

    private void detail(HttpServletRequest req, HttpServletResponse resp, Actor actor, String gss) throws IOException {
        Member m = register.member(actor, gss).orElseThrow(() -> new NotFoundException("There is no member " + gss + "."));
        Map<String, Object> model = new HashMap<>();
        model.put("m", Views.member(m, clock.today()));
        model.put("agreement", agreements.agreementOf(actor, gss, clock.today()).map(Views::agreement).orElse(Map.of()));
        boolean mayDocuments = actor.hasAnyRole(Role.SECRETARY, Role.DIRECTOR)
                || actor.is(Role.MONITORING_OFFICER) && gss.equalsIgnoreCase(actor.councilGss());
        model.put("documents", mayDocuments ? documents.documents(actor, gss).stream().map(Views::map).toList() : List.of());
        model.put("maySecretary", actor.is(Role.SECRETARY));
        model.put("year", Forms.financialYear(clock.today()));
        pages.render(req, resp, getClass(), "members/member.ftlh", m.name() + " (" + m.gssCode() + ")", model);
    }

    private void noticeForm(HttpServletRequest req, HttpServletResponse resp, Actor actor, String gss,
            Map<String, String> form, Map<String, String> errors) throws IOException {
        MemberAgreement a = agreements.agreementOf(actor, gss, clock.today())
                .orElseThrow(() -> new NotFoundException(gss + " has no member agreement, so no break notice can be served."));
        Map<String, Object> model = new HashMap<>();
        model.put("a", Views.agreement(a));
        model.put("documents", documents.documents(actor, gss).stream()
                .map(d -> Map.of("id", String.valueOf(d.id()), "label", d.fileName())).toList());
        model.put("form", form);
        model.put("errors", errors);
        pages.render(req, resp, getClass(), "members/notice.ftlh", "Serve break notice: " + a.memberName(), model);
    }

    private void serveNotice(HttpServletRequest req, HttpServletResponse resp, Actor actor, String gss) throws IOException {
        try {
            LocalDate servedOn = Forms.date(req, "servedOn", true);
            MemberAgreement a = agreements.serveBreakNotice(actor, gss,
                    new BreakNotice(servedOn, req.getParameter("servedBy"), Forms.optionalLong(req, "documentId")));
            resp.sendRedirect("/members/" + a.gssCode() + "?notice=" + a.breakTakenOn());
        } catch (ValidationException e) {
            noticeForm(req, resp, actor, gss, Forms.values(req, "servedOn", "servedBy", "documentId"), Forms.errors(e));
        }
    }

    private void upload(HttpServletRequest req, HttpServletResponse resp, Actor actor, String gss)
            throws IOException, ServletException {
        Part file = req.getPart("file");
        if (file == null || file.getSize() == 0) {
            throw new ValidationException("file", "Choose a PDF, Word or text file to upload.");
        }
        StoredDocument d;
        try (InputStream in = file.getInputStream()) {
            d = documents.upload(actor, gss, file.getSubmittedFileName(), file.getContentType(), in.readAllBytes());
        }
        resp.sendRedirect("/members/" + d.gssCode() + "?uploaded=" + d.id());
    }

    private void download(HttpServletResponse resp, Actor actor, String idText) throws IOException {
        long id;
        try {
            id = Long.parseLong(idText);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no document " + idText + ".");
        }
        StoredDocument d = documents.document(actor, id);
        byte[] content = documents.content(actor, id);
        resp.setContentType(d.contentType());
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + d.fileName().replace("\"", "") + "\"");
        resp.setHeader("X-Content-SHA256", d.sha256());
        resp.setContentLengthLong(content.length);
        resp.getOutputStream().write(content);
    }

    private void statement(HttpServletRequest req, HttpServletResponse resp, Actor actor, String gss) throws IOException {
        int year = Forms.year(req, Forms.financialYear(clock.today()));
        MemberStatement s = contributions.statement(actor, gss, year);
        Map<String, Object> model = new HashMap<>();
        model.put("line", Views.map(s.line()));
        model.put("total", Views.pounds(s.line().totalPence()));
        model.put("schedule", Views.schedule(s.schedule()));
        model.put("working", s.working());
        model.put("year", year);
        pages.render(req, resp, getClass(), "members/statement.ftlh",
                "Statement " + s.schedule().label() + ": " + s.line().memberName(), model);
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
