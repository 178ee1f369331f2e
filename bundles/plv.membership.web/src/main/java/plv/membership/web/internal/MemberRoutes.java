package plv.membership.web.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.servlet.http.Part;

import plv.membership.api.AgreementTerms;
import plv.membership.api.BreakNotice;
import plv.membership.api.Contributions;
import plv.membership.api.Member;
import plv.membership.api.MemberAgreement;
import plv.membership.api.MemberAgreements;
import plv.membership.api.MemberDocuments;
import plv.membership.api.MemberRegister;
import plv.membership.api.MemberStatement;
import plv.membership.api.MembershipStatus;
import plv.membership.api.RenewalRatification;
import plv.membership.api.StoredDocument;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.Role;
import plv.platform.api.RoleGroup;
import plv.platform.api.ValidationException;
import plv.platform.api.money.Money;
import plv.platform.api.time.PlvClock;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.Label;
import plv.platform.api.web.route.Range;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.Required;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;
import plv.platform.web.api.CsvWriter;
import plv.platform.web.api.ListPage;
import plv.platform.web.api.ListQuery;

/**
 * The register of members ({@code /members}, CSV with {@code ?format=csv}), a member's record
 * ({@code /members/E09000003}), a member's statement of contributions ({@code /members/E09000003/statement?year=2028}),
 * document upload and download, and the secretary's forms: the break notice, the other agreement events (signed,
 * notice withdrawn, renewal ratified, terminated), a change of membership status, corporate representatives (appoint,
 * cease) and a variation of the agreement's terms. Nothing is overwritten: each is a dated row or event and an audit
 * entry. A refused form comes back with each error beside its field and what was typed; nothing changes.
 */
@Component(service = WebRoutes.class)
public class MemberRoutes implements WebRoutes {

    /** Who may read the member agreements, besides the secretary. */

    /** The largest document a secretary uploads to a member's record. */
    static final long MAX_DOCUMENT_BYTES = 25_000_000L;
    private static final Access SECRETARY = Access.roles(Role.SECRETARY);
    private static final String MEMBER = "/members/{gss}";
    private static final List<Map<String, String>> EVENTS = List.of(
            Map.of("id", "sign", "label", "Signed"),
            Map.of("id", "withdraw", "label", "Break notice withdrawn"),
            Map.of("id", "ratify", "label", "Renewal ratified by the council"),
            Map.of("id", "terminate", "label", "Terminated"));

    /** A document upload posts no field but its file (read by the action) and the CSRF token. */
    record DocumentForm() {
    }

    record NoticeForm(@Required @Label("Date served") LocalDate servedOn, String servedBy, @Label("Document") Long documentId) {
    }

    record EventForm(String event, @Required @Label("Date") LocalDate on, String by, String reference, String reason,
            @Label("Document") Long documentId) {
    }

    record StatusForm(MembershipStatus status, @Required @Label("Effective on") LocalDate effectiveOn, String reason) {
    }

    record AppointForm(String personName, @Required @Label("Appointed on") LocalDate appointedOn, String appointedBy) {
    }

    record CeaseForm(@Required @Label("Ceased on") LocalDate ceasedOn, String ceaseReason) {
    }

    record VariationForm(@Required @Label("Term starts") LocalDate termStart,
            @Required @Range(min = 0, max = 99) @Label("Initial term (years)") Integer initialTermYears,
            @Required @Range(min = 0, max = 99) @Label("Initial break after (years)") Integer initialBreakAfterYears,
            @Required @Range(min = 0, max = 99) @Label("Renewal term (years)") Integer renewalTermYears,
            @Required @Range(min = 0, max = 99) @Label("Renewal break after (years)") Integer renewalBreakAfterYears,
            @Required @Range(min = 0, max = 99) @Label("Notice (months)") Integer noticeMonths, boolean noticeOnWorkingDay,
            @Required @Label("Varied on") LocalDate variedOn, String reason) {

        AgreementTerms terms() {
            return new AgreementTerms(termStart, initialTermYears, initialBreakAfterYears, renewalTermYears,
                    renewalBreakAfterYears, noticeMonths, noticeOnWorkingDay);
        }
    }

    private final MemberRegister register;
    private final MemberAgreements agreements;
    private final MemberDocuments documents;
    private final Contributions contributions;
    private final PlvClock clock;

    @Activate
    public MemberRoutes(@Reference MemberRegister register, @Reference MemberAgreements agreements,
            @Reference MemberDocuments documents, @Reference Contributions contributions, @Reference PlvClock clock) {
        this.register = register;
        this.agreements = agreements;
        this.documents = documents;
        this.contributions = contributions;
        this.clock = clock;
    }

    @Override
    public void define(Routes routes) {
        Access anyone = Access.signedIn();
        // a monitoring officer opens only their own council's record (the services check again)
        Access ownRecord = Access.signedIn().ownCouncil("gss");
        routes.get("/members", anyone, this::list)
                .get("/members/agreements", Access.of(RoleGroup.COUNCIL_RECORD_READERS), this::agreementList)
                .get(MEMBER, ownRecord, r -> detail(r, FormState.empty()))
                .get(MEMBER + "/statement", ownRecord, this::statement)
                .upload(MEMBER + "/documents", SECRETARY, MAX_DOCUMENT_BYTES, DocumentForm.class, this::detail, this::upload)
                .get(MEMBER + "/documents/{id}", ownRecord, this::download)
                .get(MEMBER + "/notice", SECRETARY, r -> noticePage(r, FormState.of(Map.of("servedOn", today()))))
                .form(MEMBER + "/notice", SECRETARY, NoticeForm.class, this::noticePage, (r, f) -> {
                    MemberAgreement a = agreements.serveBreakNotice(r.requireActor(), r.path("gss"),
                            new BreakNotice(f.servedOn(), f.servedBy(), f.documentId()));
                    return Reply.redirect("/members/" + a.gssCode() + "?notice=" + a.breakTakenOn());
                })
                .get(MEMBER + "/events", SECRETARY, r -> eventPage(r, FormState.of(Map.of("on", today()))))
                .form(MEMBER + "/events", SECRETARY, EventForm.class, this::eventPage, this::recordEvent)
                .get(MEMBER + "/status", SECRETARY, r -> statusPage(r, FormState.of(Map.of("effectiveOn", today()))))
                .form(MEMBER + "/status", SECRETARY, StatusForm.class, this::statusPage, (r, f) -> {
                    register.changeStatus(r.requireActor(), r.path("gss"), f.status(), f.effectiveOn(), f.reason());
                    return Reply.redirect("/members/" + r.path("gss"));
                })
                .get(MEMBER + "/representatives", SECRETARY, r -> representativesPage(r, FormState.empty()))
                .form(MEMBER + "/representatives", SECRETARY, AppointForm.class, this::representativesPage, (r, f) -> {
                    register.appointRepresentative(r.requireActor(), r.path("gss"), f.personName(), f.appointedOn(),
                            f.appointedBy());
                    return Reply.redirect("/members/" + r.path("gss") + "/representatives");
                })
                .form(MEMBER + "/representatives/cease", SECRETARY, CeaseForm.class, this::representativesPage, (r, f) -> {
                    register.ceaseRepresentative(r.requireActor(), r.path("gss"), f.ceasedOn(), f.ceaseReason());
                    return Reply.redirect("/members/" + r.path("gss") + "/representatives");
                })
                .get(MEMBER + "/variation", SECRETARY, r -> variationPage(r, FormState.empty()))
                .form(MEMBER + "/variation", SECRETARY, VariationForm.class, this::variationPage, (r, f) -> {
                    agreement(r, "vary");
                    agreements.vary(r.requireActor(), r.path("gss"), f.terms(), f.variedOn(), f.reason());
                    return Reply.redirect("/members/" + r.path("gss"));
                });
    }

    private String today() {
        return clock.today().toString();
    }

    // ---- register and record

    /** Sort keys of the register's sortable columns. */
    private static final Map<String, java.util.function.Function<Member, ? extends Comparable<?>>> SORTS = Map.of(
            "gss", Member::gssCode, "name", Member::name, "subRegion", m -> m.subRegion().name(),
            "status", m -> m.status().ordinal(), "registeredOn", Member::registeredOn);

    private Reply list(RouteRequest r) {
        Actor actor = r.requireActor();
        // 50 a page: the 33 London authorities fit on one, a filter or sort never hides one behind a pager
        ListQuery query = ListQuery.from(r.servletRequest(), List.copyOf(SORTS.keySet()), "gss", 50);
        List<Member> members = register.members(actor);
        java.util.function.Predicate<Member> filter = m -> query.matches(m.gssCode(), m.name(), m.subRegion().name(),
                m.subRegion().label(), m.status().label(), representative(m));
        if (r.query("format").filter("csv"::equals).isPresent()) {
            List<List<String>> rows = new ArrayList<>();
            for (Member m : query.selectAll(members, filter, SORTS)) {
                rows.add(List.of(m.gssCode(), m.name(), m.subRegion().name(), m.address() == null ? "" : m.address(),
                        m.status().label(), str(m.registeredOn()), str(m.ceasedOn()),
                        m.joiningDecision() == null ? "" : m.joiningDecision().reference(),
                        m.joiningDecision() == null ? "" : m.joiningDecision().decisionMaker(),
                        m.joiningDecision() == null ? "" : str(m.joiningDecision().decidedOn()), representative(m)));
            }
            return CsvWriter.download("register-of-members.csv", List.of("gss_code", "name", "sub_region", "address",
                    "status", "registered_on", "ceased_on", "joining_decision", "decision_maker", "decided_on",
                    "corporate_representative"), rows);
        }
        ListPage<Member> page = query.apply(members, filter, SORTS);
        Map<String, Object> model = new HashMap<>();
        model.put("members", page.items().stream().map(m -> Views.member(m, clock.today())).toList());
        model.put("query", query);
        model.put("page", page);
        model.put("showContacts", actor.in(RoleGroup.COMPANY_OFFICERS));
        model.put("mayAgreements", actor.in(RoleGroup.COUNCIL_RECORD_READERS));
        return Reply.page(getClass(), "members/register.ftlh", "Register of members", model);
    }

    /** Every member agreement with its computed dates, {@code ?asOf=} a day and {@code ?format=csv}. */
    private Reply agreementList(RouteRequest r) {
        Actor actor = r.requireActor();
        LocalDate asOf = Forms.date(r.query("asOf").orElse(null), "asOf");
        asOf = asOf == null ? clock.today() : asOf;
        List<MemberAgreement> list = agreements.agreements(actor, asOf);
        if (r.query("format").filter("csv"::equals).isPresent()) {
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
            return CsvWriter.download("member-agreements-" + asOf + ".csv", List.of("gss_code", "member", "template",
                    "joined_on", "current_term", "term_start", "term_end", "next_break", "last_notice_date", "renewal_date",
                    "next_term_break", "notice_served", "break_taken_on", "next_exit", "renewal_status", "ratified_on",
                    "decision_reference"), rows);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("agreements", list.stream().map(Views::agreement).toList());
        model.put("asOf", asOf.toString());
        model.put("maySecretary", actor.is(Role.SECRETARY));
        return Reply.page(getClass(), "members/agreements.ftlh", "Member agreements", model);
    }

    private String representative(Member m) {
        return m.representativeOn(clock.today()).map(r -> r.personName()).orElse("");
    }

    private Reply.Page detail(RouteRequest r, FormState state) {
        Actor actor = r.requireActor();
        String gss = r.path("gss");
        Member m = member(r);
        Map<String, Object> model = new HashMap<>();
        model.put("m", Views.member(m, clock.today()));
        model.put("agreement", agreements.agreementOf(actor, gss, clock.today()).map(Views::agreement).orElse(Map.of()));
        boolean mayDocuments = actor.in(RoleGroup.COMPANY_OFFICERS)
                || actor.is(Role.MONITORING_OFFICER) && gss.equalsIgnoreCase(actor.councilGss());
        model.put("documents", mayDocuments ? documents.documents(actor, gss).stream().map(Views::map).toList() : List.of());
        model.put("maySecretary", actor.is(Role.SECRETARY));
        model.put("year", Forms.financialYear(clock.today()));
        return Reply.page(getClass(), "members/member.ftlh", m.name() + " (" + m.gssCode() + ")", model).withForm(state);
    }

    private Reply statement(RouteRequest r) {
        int year = Forms.year(r.query("year").orElse(null), Forms.financialYear(clock.today()));
        MemberStatement s = contributions.statement(r.requireActor(), r.path("gss"), year);
        Map<String, Object> model = new HashMap<>();
        model.put("line", Views.map(s.line()));
        model.put("total", Money.format(s.line().totalPence()));
        model.put("schedule", Views.schedule(s.schedule()));
        model.put("working", s.working());
        model.put("year", year);
        return Reply.page(getClass(), "members/statement.ftlh", "Statement " + s.schedule().label() + ": "
                + s.line().memberName(), model);
    }

    // ---- documents

    /** A document for the member's record; a refusal (no file, a type or size not allowed) is shown beside the file. */
    private Reply upload(RouteRequest r, DocumentForm f) throws Exception {
        Part file = r.file("file").filter(p -> p.getSize() > 0)
                .orElseThrow(() -> new ValidationException("file", "Choose a PDF, Word or text file to upload."));
        StoredDocument d;
        try (InputStream in = file.getInputStream()) {
            d = documents.upload(r.requireActor(), r.path("gss"), file.getSubmittedFileName(), file.getContentType(),
                    in.readAllBytes());
        }
        return Reply.redirect("/members/" + d.gssCode() + "?uploaded=" + d.id());
    }

    private Reply download(RouteRequest r) {
        Actor actor = r.requireActor();
        long id = r.pathLong("id");
        StoredDocument d = documents.document(actor, id);
        if (!d.gssCode().equalsIgnoreCase(r.path("gss"))) {
            throw new NotFoundException("There is no document " + id + " on " + r.path("gss") + "'s record.");
        }
        byte[] content = documents.content(actor, id);
        return new Reply.Download(d.contentType(), d.fileName(), true, out -> out.write(content));
    }

    // ---- agreement forms

    private Reply.Page noticePage(RouteRequest r, FormState state) {
        Actor actor = r.requireActor();
        MemberAgreement a = agreement(r, "serve a break notice on");
        Map<String, Object> model = new HashMap<>();
        model.put("a", Views.agreement(a));
        model.put("documents", documentChoices(actor, r.path("gss")));
        return Reply.page(getClass(), "members/notice.ftlh", "Serve break notice: " + a.memberName(), model).withForm(state);
    }

    private Reply.Page eventPage(RouteRequest r, FormState state) {
        MemberAgreement a = agreement(r, "record an event on");
        Map<String, Object> model = new HashMap<>();
        model.put("a", Views.agreement(a));
        model.put("events", EVENTS);
        model.put("documents", documentChoices(r.requireActor(), r.path("gss")));
        return Reply.page(getClass(), "members/events.ftlh", "Record an agreement event: " + a.memberName(), model)
                .withForm(state);
    }

    private Reply recordEvent(RouteRequest r, EventForm f) {
        Actor actor = r.requireActor();
        String gss = r.path("gss");
        String event = f.event() == null ? "" : f.event();
        switch (event) {
            case "sign" -> agreements.sign(actor, gss, f.on(), required("by", f.by(), "Name who signed for the council."),
                    f.documentId());
            case "withdraw" -> agreements.withdrawNotice(actor, gss, f.on(),
                    required("reason", f.reason(), "Say why the notice was withdrawn."));
            case "ratify" -> agreements.ratifyRenewal(actor, gss, new RenewalRatification(f.on(),
                    required("by", f.by(), "Name who ratified the renewal for the council, e.g. Cabinet."),
                    required("reference", f.reference(),
                            "Enter the council's reference for the ratifying decision, e.g. CEF27012."), f.documentId()));
            case "terminate" -> agreements.terminate(actor, gss, f.on(), required("reason", f.reason(), "Say why the agreement ends."));
            default -> throw new ValidationException("event", "Choose what happened: signed, notice withdrawn, renewal ratified or terminated.");
        }
        return Reply.redirect("/members/" + gss + "?event=" + event);
    }

    private static String required(String field, String value, String fix) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, fix);
        }
        return value.trim();
    }

    // ---- member forms

    private Reply.Page statusPage(RouteRequest r, FormState state) {
        Member m = member(r);
        Map<String, Object> model = memberModel(m);
        model.put("statuses", Arrays.stream(MembershipStatus.values())
                .map(s -> Map.of("id", s.name(), "label", s.label())).toList());
        return Reply.page(getClass(), "members/status.ftlh", "Change membership status: " + m.name(), model).withForm(state);
    }

    private Reply.Page representativesPage(RouteRequest r, FormState state) {
        Member m = member(r);
        Map<String, Object> model = memberModel(m);
        model.put("inOffice", m.representatives().stream().anyMatch(x -> x.ceasedOn() == null));
        return Reply.page(getClass(), "members/representatives.ftlh", "Corporate representatives: " + m.name(), model)
                .withForm(state);
    }

    private Reply.Page variationPage(RouteRequest r, FormState state) {
        MemberAgreement a = agreement(r, "vary");
        Map<String, Object> model = memberModel(member(r));
        model.put("a", Views.agreement(a));
        FormState shown = state.values().isEmpty() && !state.refused() ? FormState.of(terms(a.terms(), clock.today())) : state;
        return Reply.page(getClass(), "members/variation.ftlh", "Vary the agreement: " + a.memberName(), model).withForm(shown);
    }

    /** The agreement's terms as the variation form's fields, with today as the date of the variation. */
    static Map<String, String> terms(AgreementTerms t, LocalDate today) {
        Map<String, String> v = new HashMap<>();
        v.put("termStart", t.termStart().toString());
        v.put("initialTermYears", String.valueOf(t.initialTermYears()));
        v.put("initialBreakAfterYears", String.valueOf(t.initialBreakAfterYears()));
        v.put("renewalTermYears", String.valueOf(t.renewalTermYears()));
        v.put("renewalBreakAfterYears", String.valueOf(t.renewalBreakAfterYears()));
        v.put("noticeMonths", String.valueOf(t.noticeMonths()));
        v.put("noticeOnWorkingDay", t.noticeOnWorkingDay() ? "yes" : "");
        v.put("variedOn", today.toString());
        return v;
    }

    // ---- shared

    private Member member(RouteRequest r) {
        String gss = r.path("gss");
        return register.member(r.requireActor(), gss).orElseThrow(() -> new NotFoundException("There is no member " + gss + "."));
    }

    private MemberAgreement agreement(RouteRequest r, String what) {
        String gss = r.path("gss");
        return agreements.agreementOf(r.requireActor(), gss, clock.today())
                .orElseThrow(() -> new NotFoundException(gss + " has no member agreement to " + what + "."));
    }

    private List<Map<String, String>> documentChoices(Actor actor, String gss) {
        return documents.documents(actor, gss).stream()
                .map(d -> Map.of("id", String.valueOf(d.id()), "label", d.fileName())).toList();
    }

    private Map<String, Object> memberModel(Member m) {
        Map<String, Object> model = new HashMap<>();
        model.put("m", Views.member(m, clock.today()));
        model.put("today", clock.today().toString());
        return model;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
