package plv.decisions.web.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import plv.decisions.api.Consultation;
import plv.decisions.api.CouncilDecision;
import plv.decisions.api.CouncilDecisionDraft;
import plv.decisions.api.DecisionLeads;
import plv.decisions.api.DecisionMaker;
import plv.decisions.api.DecisionStatus;
import plv.decisions.api.Delegation;
import plv.decisions.api.DelegationDraft;
import plv.decisions.api.ExceptionDetails;
import plv.decisions.api.LondonAuthorities;
import plv.decisions.api.NoticeException;
import plv.decisions.api.OfficerDecision;
import plv.decisions.api.OfficerDecisionDraft;
import plv.decisions.api.PrivateMeeting;
import plv.platform.api.money.Money;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.Label;
import plv.platform.api.web.route.Reply;

/**
 * The secretary's data-entry forms for council decisions, the delegations they make and the officer decisions taken
 * under them: the records the platform binds each posted form to (field names as in the templates), what a kept record
 * shows in its edit form, and the form pages. A refused form comes back with each error beside its field and
 * everything as typed; nothing is saved.
 */
final class DecisionForms {

    private static final List<Map<String, String>> PARAGRAPHS = IntStream.rangeClosed(1, 7)
            .mapToObj(n -> Map.of("id", String.valueOf(n), "label", "Paragraph " + n)).toList();

    /** A council decision as posted by {@code decisions/decision-form.ftlh}. */
    record DecisionForm(@Label("Council") String councilGss, String reference, String title,
            @Label("Decision maker") DecisionMaker decisionMaker, String decisionMakerDetail, String meeting,
            LocalDate decisionDate, boolean keyDecision, String keyDecisionReason,
            @Label("Notice published") LocalDate noticePublished, LocalDate decisionDue, NoticeException noticeException,
            String noticeExceptionReason, boolean exempt, Integer exemptParagraph, boolean decidedToJoin, String decision,
            String reasons, String alternativesRejected, String conflictsDeclared, String dispensations,
            boolean callInApplies, LocalDate implementedOn, DecisionStatus status,
            @Label("Documents") List<String> documentLinks, String leadMember, String leadDirector, String department,
            String contact, LocalDate published, LocalDate chairInformedOn, LocalDate publicNoticeOn,
            String urgencyAgreedBy, LocalDate urgencyAgreedOn, boolean heldInPrivate, LocalDate privateIntentionNoticeOn,
            LocalDate privateReasonsNoticeOn, long version) {

        /** @param illustrative kept from the record being edited: the form does not offer it */
        CouncilDecisionDraft draft(boolean illustrative) {
            return new CouncilDecisionDraft(councilGss, reference, title, decisionMaker, decisionMakerDetail, meeting,
                    decisionDate, keyDecision, keyDecisionReason, noticePublished, decisionDue, noticeException,
                    noticeExceptionReason, exempt, exemptParagraph, decidedToJoin, decision, reasons, alternativesRejected,
                    conflictsDeclared, dispensations, callInApplies, implementedOn, status, documentLinks,
                    new DecisionLeads(leadMember, leadDirector, department, contact), published,
                    new ExceptionDetails(chairInformedOn, publicNoticeOn, urgencyAgreedBy, urgencyAgreedOn),
                    new PrivateMeeting(heldInPrivate, privateIntentionNoticeOn, privateReasonsNoticeOn), illustrative);
        }
    }

    /** A delegation as posted by {@code decisions/delegation-form.ftlh}. */
    record DelegationForm(String officerPost, String officerName, @Label("Consultees") List<String> consulteePosts,
            String scope, @Label("Matters delegated") List<String> matters, BigDecimal financialLimit,
            List<String> conditions, LocalDate startsOn, LocalDate expires, boolean finalDetermination, long version) {

        DelegationDraft draft() {
            return new DelegationDraft(officerPost, officerName, consulteePosts, scope, pence(financialLimit), conditions,
                    expires, finalDetermination, startsOn, matters);
        }
    }

    /** One consultee's part of the officer decision form ({@code consulteeName-i}, {@code consultedOn-i}, {@code view-i}). */
    record ConsultationFields(@Label("Person consulted") String consulteeName, LocalDate consultedOn, String view) {
    }

    /** An officer decision as posted by {@code decisions/officer-decision-form.ftlh}. */
    record OfficerDecisionForm(LocalDate decisionDate, String title, String matter, String decision, String reasons,
            String alternativesRejected, String officerName, String officerPost, List<ConsultationFields> consultations,
            String conflictsDeclared, String dispensations, List<String> documents, BigDecimal value, boolean exempt,
            Integer exemptParagraph, LocalDate publishedOn, long version) {

        /** Consultee i of the delegation from group i; left out when all three are empty. */
        OfficerDecisionDraft draft(Delegation del) {
            List<Consultation> out = new ArrayList<>();
            List<String> posts = del.terms().consulteePosts();
            for (int i = 0; i < posts.size() && i < consultations.size(); i++) {
                ConsultationFields c = consultations.get(i);
                if (c.consulteeName() != null || c.consultedOn() != null || c.view() != null) {
                    out.add(new Consultation(posts.get(i), c.consulteeName(), c.consultedOn(), c.view()));
                }
            }
            return new OfficerDecisionDraft(decisionDate, title, decision, reasons, alternativesRejected, officerName,
                    officerPost, out, conflictsDeclared, dispensations, documents, pence(value), exempt, exemptParagraph,
                    matter, publishedOn);
        }
    }

    private final LondonAuthorities authorities;

    DecisionForms(LondonAuthorities authorities) {
        this.authorities = authorities;
    }

    private static Long pence(BigDecimal pounds) {
        return pounds == null ? null : pounds.movePointRight(2).longValueExact();
    }

    // ---- council decision

    /** The new-decision form (existing == null) or the edit form of an existing decision. */
    Reply.Page decisionPage(CouncilDecision existing, FormState state) {
        Map<String, Object> model = model();
        model.put("action", existing == null ? "/decisions/new" : "/decisions/" + existing.id() + "/edit");
        model.put("editing", existing != null);
        model.put("councils", authorities.all().stream()
                .map(a -> Map.of("id", a.gss(), "label", a.name() + " (" + a.gss() + ")")).toList());
        model.put("decisionMakers", options(DecisionMaker.values(), DecisionMaker::label));
        model.put("statuses", options(DecisionStatus.values(), DecisionStatus::label));
        model.put("noticeExceptions", options(NoticeException.values(), NoticeException::label));
        String title = existing == null ? "Record a council decision"
                : "Edit " + existing.details().reference() + " – " + existing.councilName();
        return Reply.page(DecisionForms.class, "decisions/decision-form.ftlh", title, model).withForm(state);
    }

    static FormState newDecision() {
        return FormState.of(Map.of("status", DecisionStatus.FORWARD_PLAN.name(), "noticeException",
                NoticeException.NONE.name(), "callInApplies", "yes"));
    }

    static FormState editDecision(CouncilDecision d) {
        Map<String, String> form = values(d.details());
        form.put("version", String.valueOf(d.version()));
        return FormState.of(form);
    }

    /** A kept decision as the form's fields. */
    static Map<String, String> values(CouncilDecisionDraft d) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("councilGss", d.councilGss());
        v.put("reference", d.reference());
        v.put("title", d.title());
        v.put("decisionMaker", d.decisionMaker() == null ? "" : d.decisionMaker().name());
        v.put("decisionMakerDetail", d.decisionMakerDetail());
        v.put("meeting", d.meeting());
        v.put("decisionDate", text(d.decisionDate()));
        v.put("keyDecision", tick(d.keyDecision()));
        v.put("keyDecisionReason", d.keyDecisionReason());
        v.put("noticePublished", text(d.noticePublished()));
        v.put("decisionDue", text(d.decisionDue()));
        v.put("noticeException", d.noticeException().name());
        v.put("noticeExceptionReason", d.noticeExceptionReason());
        v.put("exempt", tick(d.exempt()));
        v.put("exemptParagraph", text(d.exemptParagraph()));
        v.put("decidedToJoin", tick(d.decidedToJoin()));
        v.put("decision", d.decision());
        v.put("reasons", d.reasons());
        v.put("alternativesRejected", d.alternativesRejected());
        v.put("conflictsDeclared", d.conflictsDeclared());
        v.put("dispensations", d.dispensations());
        v.put("callInApplies", tick(d.callInApplies()));
        v.put("implementedOn", text(d.implementedOn()));
        v.put("status", d.status() == null ? "" : d.status().name());
        v.put("documentLinks", String.join("\n", d.documentLinks()));
        v.put("leadMember", d.leads().leadMember());
        v.put("leadDirector", d.leads().leadDirector());
        v.put("department", d.leads().department());
        v.put("contact", d.leads().contact());
        v.put("published", text(d.published()));
        v.put("chairInformedOn", text(d.exceptionDetails().chairInformedOn()));
        v.put("publicNoticeOn", text(d.exceptionDetails().publicNoticeOn()));
        v.put("urgencyAgreedBy", d.exceptionDetails().urgencyAgreedBy());
        v.put("urgencyAgreedOn", text(d.exceptionDetails().urgencyAgreedOn()));
        v.put("heldInPrivate", tick(d.privateMeeting().heldInPrivate()));
        v.put("privateIntentionNoticeOn", text(d.privateMeeting().intentionNoticeOn()));
        v.put("privateReasonsNoticeOn", text(d.privateMeeting().reasonsNoticeOn()));
        v.replaceAll((k, x) -> x == null ? "" : x);
        return v;
    }

    // ---- delegation

    /** The new-delegation form (existing == null) or the edit form of a delegation of {@code d}. */
    Reply.Page delegationPage(CouncilDecision d, Delegation existing, FormState state) {
        Map<String, Object> model = model();
        model.put("d", Models.decision(d));
        model.put("editing", existing != null);
        model.put("action", "/decisions/" + d.id() + "/delegations/" + (existing == null ? "new" : existing.id() + "/edit"));
        return Reply.page(DecisionForms.class, "decisions/delegation-form.ftlh", existing == null
                ? "Add a delegation to " + d.details().reference()
                : "Edit the delegation to the " + existing.terms().officerPost(), model).withForm(state);
    }

    static FormState editDelegation(Delegation del) {
        DelegationDraft t = del.terms();
        Map<String, String> v = new LinkedHashMap<>();
        v.put("version", String.valueOf(del.version()));
        v.put("officerPost", t.officerPost());
        v.put("officerName", t.officerName());
        v.put("consulteePosts", String.join("\n", t.consulteePosts()));
        v.put("scope", t.scope());
        v.put("matters", String.join("\n", t.matters()));
        v.put("financialLimit", t.financialLimitPence() == null ? "" : Money.typed(t.financialLimitPence()));
        v.put("conditions", String.join("\n", t.conditions()));
        v.put("startsOn", text(t.startsOn()));
        v.put("expires", text(t.expires()));
        v.put("finalDetermination", tick(t.finalDetermination()));
        v.replaceAll((k, x) -> x == null ? "" : x);
        return FormState.of(v);
    }

    // ---- officer decision record

    Reply.Page officerDecisionPage(CouncilDecision d, Delegation del, OfficerDecision existing, FormState state) {
        Map<String, Object> model = model();
        model.put("d", Models.decision(d));
        model.put("delegation", Models.delegation(del));
        model.put("matters", del.terms().matters().stream().map(m -> Map.of("id", m, "label", m)).toList());
        model.put("editing", existing != null);
        String base = "/decisions/" + d.id() + "/delegations/" + del.id() + "/officer-decisions/";
        model.put("action", base + (existing == null ? "new" : existing.id() + "/edit"));
        return Reply.page(DecisionForms.class, "decisions/officer-decision-form.ftlh", existing == null
                ? "Record an officer decision under " + d.details().reference()
                : "Edit the officer decision " + existing.record().title(), model).withForm(state);
    }

    static FormState editOfficerDecision(Delegation del, OfficerDecision o) {
        OfficerDecisionDraft r = o.record();
        Map<String, String> v = new LinkedHashMap<>();
        v.put("version", String.valueOf(o.version()));
        v.put("decisionDate", text(r.decisionDate()));
        v.put("title", r.title());
        v.put("matter", r.matter());
        v.put("decision", r.decision());
        v.put("reasons", r.reasons());
        v.put("alternativesRejected", r.alternativesRejected());
        v.put("officerName", r.officerName());
        v.put("officerPost", r.officerPost());
        List<String> posts = del.terms().consulteePosts();
        for (Consultation c : r.consultations()) {
            int i = posts.indexOf(c.consulteePost());
            if (i >= 0) {
                v.put("consulteeName-" + i, c.consulteeName());
                v.put("consultedOn-" + i, text(c.consultedOn()));
                v.put("view-" + i, c.view());
            }
        }
        v.put("conflictsDeclared", r.conflictsDeclared());
        v.put("dispensations", r.dispensations());
        v.put("documents", String.join("\n", r.documents()));
        v.put("value", r.valuePence() == null ? "" : Money.typed(r.valuePence()));
        v.put("exempt", tick(r.exempt()));
        v.put("exemptParagraph", text(r.exemptParagraph()));
        v.put("publishedOn", text(r.publishedOn()));
        v.replaceAll((k, x) -> x == null ? "" : x);
        return FormState.of(v);
    }

    static FormState newOfficerDecision(Delegation del) {
        Map<String, String> form = new HashMap<>();
        form.put("officerPost", del.terms().officerPost());
        form.put("officerName", del.terms().officerName() == null ? "" : del.terms().officerName());
        return FormState.of(form);
    }

    // ---- shared

    private static Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("paragraphs", PARAGRAPHS);
        return model;
    }

    private static <E extends Enum<E>> List<Map<String, String>> options(E[] values, java.util.function.Function<E, String> label) {
        return Arrays.stream(values).map(v -> Map.of("id", v.name(), "label", label.apply(v))).toList();
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String tick(boolean b) {
        return b ? "yes" : "";
    }
}
