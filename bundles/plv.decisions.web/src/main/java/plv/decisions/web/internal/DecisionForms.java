package plv.decisions.web.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import plv.decisions.api.Consultation;
import plv.decisions.api.CouncilDecision;
import plv.decisions.api.CouncilDecisionDraft;
import plv.decisions.api.DecisionLeads;
import plv.decisions.api.ExceptionDetails;
import plv.decisions.api.PrivateMeeting;
import plv.decisions.api.CouncilDecisions;
import plv.decisions.api.DecisionMaker;
import plv.decisions.api.DecisionStatus;
import plv.decisions.api.Delegation;
import plv.decisions.api.DelegationDraft;
import plv.decisions.api.Delegations;
import plv.decisions.api.LondonAuthorities;
import plv.decisions.api.NoticeException;
import plv.decisions.api.OfficerDecision;
import plv.decisions.api.OfficerDecisionDraft;
import plv.decisions.api.OfficerDecisions;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.ValidationException;
import plv.platform.api.web.PageRenderer;

/**
 * The secretary's data-entry forms for council decisions ({@code /decisions/new}, {@code /decisions/{id}/edit}), the
 * delegations they make ({@code /decisions/{id}/delegations/new}) and the officer decisions taken under them
 * ({@code /decisions/{id}/delegations/{delegationId}/officer-decisions/new}). A refused form comes back with each
 * error beside its field and everything as typed; nothing is saved. The page checks the secretary's role before
 * calling here.
 */
final class DecisionForms {

    private static final List<Map<String, String>> PARAGRAPHS = IntStream.rangeClosed(1, 7)
            .mapToObj(n -> Map.of("id", String.valueOf(n), "label", "Paragraph " + n)).toList();

    private final PageRenderer pages;
    private final CouncilDecisions decisions;
    private final Delegations delegations;
    private final OfficerDecisions records;
    private final LondonAuthorities authorities;

    DecisionForms(PageRenderer pages, CouncilDecisions decisions, Delegations delegations, OfficerDecisions records,
            LondonAuthorities authorities) {
        this.pages = pages;
        this.decisions = decisions;
        this.delegations = delegations;
        this.records = records;
        this.authorities = authorities;
    }

    // ---- council decision

    /** The new-decision form (existing == null) or the edit form of an existing decision. */
    void showDecision(HttpServletRequest req, HttpServletResponse resp, CouncilDecision existing, Map<String, String> form,
            Map<String, String> errors) throws IOException {
        Map<String, Object> model = model(form, errors, resp);
        model.put("action", existing == null ? "/decisions/new" : "/decisions/" + existing.id() + "/edit");
        model.put("editing", existing != null);
        model.put("councils", authorities.all().stream()
                .map(a -> Map.of("id", a.gss(), "label", a.name() + " (" + a.gss() + ")")).toList());
        model.put("decisionMakers", options(DecisionMaker.values(), DecisionMaker::label));
        model.put("statuses", options(DecisionStatus.values(), DecisionStatus::label));
        model.put("noticeExceptions", options(NoticeException.values(), NoticeException::label));
        String title = existing == null ? "Record a council decision"
                : "Edit " + existing.details().reference() + " – " + existing.councilName();
        pages.render(req, resp, DecisionForms.class, "decisions/decision-form.ftlh", title, model);
    }

    void newDecision(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        showDecision(req, resp, null, Map.of("status", DecisionStatus.FORWARD_PLAN.name(), "noticeException",
                NoticeException.NONE.name(), "callInApplies", "yes"), Map.of());
    }

    void editDecision(HttpServletRequest req, HttpServletResponse resp, CouncilDecision d) throws IOException {
        Map<String, String> form = values(d.details());
        form.put("version", String.valueOf(d.version()));
        showDecision(req, resp, d, form, Map.of());
    }

    /** Creates ({@code existing == null}) or updates a decision; a stale version is the shell's 409 page. */
    void saveDecision(HttpServletRequest req, HttpServletResponse resp, Actor actor, CouncilDecision existing) throws IOException {
        FormFields f = new FormFields(req);
        try {
            CouncilDecisionDraft draft = decisionDraft(f, existing != null && existing.details().illustrative());
            f.throwIfUnreadable();
            CouncilDecision saved = existing == null ? decisions.create(actor, draft)
                    : decisions.update(actor, existing.id(), f.version(), draft);
            resp.sendRedirect("/decisions/" + saved.id());
        } catch (ValidationException e) {
            showDecision(req, resp, existing, f.typed(), FormFields.byField(e));
        }
    }

    static CouncilDecisionDraft decisionDraft(FormFields f) {
        return decisionDraft(f, false);
    }

    /** @param illustrative kept from the record being edited: the form does not offer it */
    static CouncilDecisionDraft decisionDraft(FormFields f, boolean illustrative) {
        return new CouncilDecisionDraft(f.text("councilGss"), f.text("reference"), f.text("title"),
                f.choice("decisionMaker", DecisionMaker::parse, "choose who decided."), f.text("decisionMakerDetail"),
                f.text("meeting"), f.date("decisionDate"), f.ticked("keyDecision"), f.text("keyDecisionReason"),
                f.date("noticePublished"), f.date("decisionDue"),
                f.choice("noticeException", NoticeException::parse, "choose none, general exception or special urgency."),
                f.text("noticeExceptionReason"), f.ticked("exempt"), f.whole("exemptParagraph"), f.ticked("decidedToJoin"),
                f.text("decision"), f.text("reasons"), f.text("alternativesRejected"), f.text("conflictsDeclared"),
                f.text("dispensations"), f.ticked("callInApplies"), f.date("implementedOn"),
                f.choice("status", DecisionStatus::parse, "choose forward plan, decided, called in or implemented."),
                f.lines("documentLinks"),
                new DecisionLeads(f.text("leadMember"), f.text("leadDirector"), f.text("department"), f.text("contact")),
                f.date("published"), new ExceptionDetails(f.date("chairInformedOn"), f.date("publicNoticeOn"),
                        f.text("urgencyAgreedBy"), f.date("urgencyAgreedOn")),
                new PrivateMeeting(f.ticked("heldInPrivate"), f.date("privateIntentionNoticeOn"),
                        f.date("privateReasonsNoticeOn")), illustrative);
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
    void showDelegation(HttpServletRequest req, HttpServletResponse resp, CouncilDecision d, Delegation existing,
            Map<String, String> form, Map<String, String> errors) throws IOException {
        Map<String, Object> model = model(form, errors, resp);
        model.put("d", Models.decision(d));
        model.put("editing", existing != null);
        model.put("action", "/decisions/" + d.id() + "/delegations/" + (existing == null ? "new" : existing.id() + "/edit"));
        pages.render(req, resp, DecisionForms.class, "decisions/delegation-form.ftlh", existing == null
                ? "Add a delegation to " + d.details().reference()
                : "Edit the delegation to the " + existing.terms().officerPost(), model);
    }

    void editDelegation(HttpServletRequest req, HttpServletResponse resp, CouncilDecision d, Delegation del) throws IOException {
        DelegationDraft t = del.terms();
        Map<String, String> v = new LinkedHashMap<>();
        v.put("version", String.valueOf(del.version()));
        v.put("officerPost", t.officerPost());
        v.put("officerName", t.officerName());
        v.put("consulteePosts", String.join("\n", t.consulteePosts()));
        v.put("scope", t.scope());
        v.put("matters", String.join("\n", t.matters()));
        v.put("financialLimit", t.financialLimitPence() == null ? "" : Money.pounds(t.financialLimitPence()).replace("£", ""));
        v.put("conditions", String.join("\n", t.conditions()));
        v.put("startsOn", text(t.startsOn()));
        v.put("expires", text(t.expires()));
        v.put("finalDetermination", tick(t.finalDetermination()));
        v.replaceAll((k, x) -> x == null ? "" : x);
        showDelegation(req, resp, d, del, v, Map.of());
    }

    /** Creates ({@code existing == null}) or updates a delegation; a stale version is the shell's 409 page. */
    void saveDelegation(HttpServletRequest req, HttpServletResponse resp, Actor actor, CouncilDecision d, Delegation existing)
            throws IOException {
        FormFields f = new FormFields(req);
        try {
            DelegationDraft draft = new DelegationDraft(f.text("officerPost"), f.text("officerName"), f.lines("consulteePosts"),
                    f.text("scope"), f.pence("financialLimit"), f.lines("conditions"), f.date("expires"),
                    f.ticked("finalDetermination"), f.date("startsOn"), f.lines("matters"));
            f.throwIfUnreadable();
            if (existing == null) {
                delegations.create(actor, d.id(), draft);
            } else {
                delegations.update(actor, existing.id(), f.version(), draft);
            }
            resp.sendRedirect("/decisions/" + d.id());
        } catch (ValidationException e) {
            showDelegation(req, resp, d, existing, f.typed(), FormFields.byField(e));
        }
    }

    // ---- officer decision record

    void showOfficerDecision(HttpServletRequest req, HttpServletResponse resp, CouncilDecision d, Delegation del,
            OfficerDecision existing, Map<String, String> form, Map<String, String> errors) throws IOException {
        Map<String, Object> model = model(form, errors, resp);
        model.put("d", Models.decision(d));
        model.put("delegation", Models.delegation(del));
        model.put("matters", del.terms().matters().stream().map(m -> Map.of("id", m, "label", m)).toList());
        model.put("editing", existing != null);
        String base = "/decisions/" + d.id() + "/delegations/" + del.id() + "/officer-decisions/";
        model.put("action", base + (existing == null ? "new" : existing.id() + "/edit"));
        pages.render(req, resp, DecisionForms.class, "decisions/officer-decision-form.ftlh", existing == null
                ? "Record an officer decision under " + d.details().reference()
                : "Edit the officer decision " + existing.record().title(), model);
    }

    void editOfficerDecision(HttpServletRequest req, HttpServletResponse resp, CouncilDecision d, Delegation del,
            OfficerDecision o) throws IOException {
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
        v.put("value", r.valuePence() == null ? "" : Money.pounds(r.valuePence()).replace("£", ""));
        v.put("exempt", tick(r.exempt()));
        v.put("exemptParagraph", text(r.exemptParagraph()));
        v.put("publishedOn", text(r.publishedOn()));
        v.replaceAll((k, x) -> x == null ? "" : x);
        showOfficerDecision(req, resp, d, del, o, v, Map.of());
    }

    void newOfficerDecision(HttpServletRequest req, HttpServletResponse resp, CouncilDecision d, Delegation del)
            throws IOException {
        Map<String, String> form = new HashMap<>();
        form.put("officerPost", del.terms().officerPost());
        form.put("officerName", del.terms().officerName() == null ? "" : del.terms().officerName());
        showOfficerDecision(req, resp, d, del, null, form, Map.of());
    }

    /** Records ({@code existing == null}) or updates an officer decision; a stale version is the shell's 409 page. */
    void saveOfficerDecision(HttpServletRequest req, HttpServletResponse resp, Actor actor, CouncilDecision d, Delegation del,
            OfficerDecision existing) throws IOException {
        FormFields f = new FormFields(req);
        try {
            OfficerDecisionDraft draft = new OfficerDecisionDraft(f.date("decisionDate"), f.text("title"), f.text("decision"),
                    f.text("reasons"), f.text("alternativesRejected"), f.text("officerName"), f.text("officerPost"),
                    consultations(f, del), f.text("conflictsDeclared"), f.text("dispensations"), f.lines("documents"),
                    f.pence("value"), f.ticked("exempt"), f.whole("exemptParagraph"), f.text("matter"), f.date("publishedOn"));
            f.throwIfUnreadable();
            OfficerDecision saved = existing == null ? records.record(actor, del.id(), draft)
                    : records.update(actor, existing.id(), f.version(), draft);
            resp.sendRedirect(existing == null ? "/reviews/" + saved.id() : "/decisions/" + d.id());
        } catch (ValidationException e) {
            showOfficerDecision(req, resp, d, del, existing, f.typed(), FormFields.byField(e));
        }
    }

    /** Consultee i of the delegation as consulteeName-i, consultedOn-i, view-i; left out when all three are empty. */
    private static List<Consultation> consultations(FormFields f, Delegation del) {
        List<Consultation> out = new ArrayList<>();
        List<String> posts = del.terms().consulteePosts();
        for (int i = 0; i < posts.size(); i++) {
            String name = f.text("consulteeName-" + i);
            LocalDate on = f.date("consultedOn-" + i);
            String view = f.text("view-" + i);
            if (name != null || on != null || view != null) {
                out.add(new Consultation(posts.get(i), name, on, view));
            }
        }
        return out;
    }

    /** The delegation {@code delegationId} of decision {@code d}, or not found. */
    Delegation delegationOf(Actor actor, CouncilDecision d, long delegationId) {
        Delegation del = delegations.get(actor, delegationId);
        if (del.councilDecisionId() != d.id()) {
            throw new NotFoundException("Council decision " + d.id() + " has no delegation " + delegationId + ".");
        }
        return del;
    }

    /** The officer decision {@code recordId} under delegation {@code del}, or not found. */
    OfficerDecision recordOf(Actor actor, Delegation del, long recordId) {
        OfficerDecision o = records.get(actor, recordId);
        if (o.delegationId() != del.id()) {
            throw new NotFoundException("The delegation " + del.id() + " has no officer decision " + recordId + ".");
        }
        return o;
    }

    // ---- shared

    private static Map<String, Object> model(Map<String, String> form, Map<String, String> errors, HttpServletResponse resp) {
        if (!errors.isEmpty()) {
            resp.setStatus(HttpServletResponse.SC_BAD_REQUEST); // the form again, with its errors
        }
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors);
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
