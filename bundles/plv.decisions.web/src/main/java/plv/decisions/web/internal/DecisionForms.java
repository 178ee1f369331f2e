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
            CouncilDecisionDraft draft = decisionDraft(f);
            f.throwIfUnreadable();
            CouncilDecision saved = existing == null ? decisions.create(actor, draft)
                    : decisions.update(actor, existing.id(), f.version(), draft);
            resp.sendRedirect("/decisions/" + saved.id());
        } catch (ValidationException e) {
            showDecision(req, resp, existing, f.typed(), FormFields.byField(e));
        }
    }

    static CouncilDecisionDraft decisionDraft(FormFields f) {
        return new CouncilDecisionDraft(f.text("councilGss"), f.text("reference"), f.text("title"),
                f.choice("decisionMaker", DecisionMaker::parse, "choose who decided."), f.text("decisionMakerDetail"),
                f.text("meeting"), f.date("decisionDate"), f.ticked("keyDecision"), f.text("keyDecisionReason"),
                f.date("noticePublished"), f.date("decisionDue"),
                f.choice("noticeException", NoticeException::parse, "choose none, general exception or special urgency."),
                f.text("noticeExceptionReason"), f.ticked("exempt"), f.whole("exemptParagraph"), f.ticked("decidedToJoin"),
                f.text("decision"), f.text("reasons"), f.text("alternativesRejected"), f.text("conflictsDeclared"),
                f.text("dispensations"), f.ticked("callInApplies"), f.date("implementedOn"),
                f.choice("status", DecisionStatus::parse, "choose forward plan, decided, called in or implemented."),
                f.lines("documentLinks"));
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
        v.replaceAll((k, x) -> x == null ? "" : x);
        return v;
    }

    // ---- delegation

    void showDelegation(HttpServletRequest req, HttpServletResponse resp, CouncilDecision d, Map<String, String> form,
            Map<String, String> errors) throws IOException {
        Map<String, Object> model = model(form, errors, resp);
        model.put("d", Models.decision(d));
        pages.render(req, resp, DecisionForms.class, "decisions/delegation-form.ftlh",
                "Add a delegation to " + d.details().reference(), model);
    }

    void saveDelegation(HttpServletRequest req, HttpServletResponse resp, Actor actor, CouncilDecision d) throws IOException {
        FormFields f = new FormFields(req);
        try {
            DelegationDraft draft = new DelegationDraft(f.text("officerPost"), f.text("officerName"), f.lines("consulteePosts"),
                    f.text("scope"), f.pence("financialLimit"), f.lines("conditions"), f.date("expires"),
                    f.ticked("finalDetermination"));
            f.throwIfUnreadable();
            delegations.create(actor, d.id(), draft);
            resp.sendRedirect("/decisions/" + d.id());
        } catch (ValidationException e) {
            showDelegation(req, resp, d, f.typed(), FormFields.byField(e));
        }
    }

    // ---- officer decision record

    void showOfficerDecision(HttpServletRequest req, HttpServletResponse resp, CouncilDecision d, Delegation del,
            Map<String, String> form, Map<String, String> errors) throws IOException {
        Map<String, Object> model = model(form, errors, resp);
        model.put("d", Models.decision(d));
        model.put("delegation", Models.delegation(del));
        pages.render(req, resp, DecisionForms.class, "decisions/officer-decision-form.ftlh",
                "Record an officer decision under " + d.details().reference(), model);
    }

    void newOfficerDecision(HttpServletRequest req, HttpServletResponse resp, CouncilDecision d, Delegation del)
            throws IOException {
        Map<String, String> form = new HashMap<>();
        form.put("officerPost", del.terms().officerPost());
        form.put("officerName", del.terms().officerName() == null ? "" : del.terms().officerName());
        showOfficerDecision(req, resp, d, del, form, Map.of());
    }

    void saveOfficerDecision(HttpServletRequest req, HttpServletResponse resp, Actor actor, CouncilDecision d, Delegation del)
            throws IOException {
        FormFields f = new FormFields(req);
        try {
            OfficerDecisionDraft draft = new OfficerDecisionDraft(f.date("decisionDate"), f.text("title"), f.text("decision"),
                    f.text("reasons"), f.text("alternativesRejected"), f.text("officerName"), f.text("officerPost"),
                    consultations(f, del), f.text("conflictsDeclared"), f.text("dispensations"), f.lines("documents"),
                    f.pence("value"), f.ticked("exempt"), f.whole("exemptParagraph"));
            f.throwIfUnreadable();
            OfficerDecision saved = records.record(actor, del.id(), draft);
            resp.sendRedirect("/reviews/" + saved.id());
        } catch (ValidationException e) {
            showOfficerDecision(req, resp, d, del, f.typed(), FormFields.byField(e));
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
