package plv.membership.web.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import plv.membership.api.MemberAgreement;
import plv.membership.api.MemberAgreements;
import plv.membership.api.MemberDocuments;
import plv.membership.api.RenewalRatification;
import plv.platform.api.Actor;
import plv.platform.api.time.PlvClock;
import plv.platform.api.NotFoundException;
import plv.platform.api.ValidationException;
import plv.platform.api.web.PageRenderer;

/**
 * The secretary's form for the other events of an agreement ({@code /members/{gss}/events}): signed, break notice
 * withdrawn, renewal ratified (date, who ratified and the council's reference for the decision), terminated. Each names its date, who (or why), and optionally the document already uploaded.
 */
final class AgreementEventForm {

    static final List<String> FIELDS = List.of("event", "on", "by", "reference", "reason", "documentId");
    private static final List<Map<String, String>> EVENTS = List.of(
            Map.of("id", "sign", "label", "Signed"),
            Map.of("id", "withdraw", "label", "Break notice withdrawn"),
            Map.of("id", "ratify", "label", "Renewal ratified by the council"),
            Map.of("id", "terminate", "label", "Terminated"));

    private final PageRenderer pages;
    private final MemberAgreements agreements;
    private final MemberDocuments documents;
    private final PlvClock clock;

    AgreementEventForm(PageRenderer pages, MemberAgreements agreements, MemberDocuments documents, PlvClock clock) {
        this.clock = clock;
        this.pages = pages;
        this.agreements = agreements;
        this.documents = documents;
    }

    void show(HttpServletRequest req, HttpServletResponse resp, Actor actor, String gss, Map<String, String> form,
            Map<String, String> errors) throws IOException {
        MemberAgreement a = agreements.agreementOf(actor, gss, clock.today())
                .orElseThrow(() -> new NotFoundException(gss + " has no member agreement to record an event on."));
        Map<String, Object> model = new HashMap<>();
        model.put("a", Views.agreement(a));
        model.put("events", EVENTS);
        model.put("documents", documents.documents(actor, gss).stream()
                .map(d -> Map.of("id", String.valueOf(d.id()), "label", d.fileName())).toList());
        model.put("form", form);
        model.put("errors", errors);
        if (!errors.isEmpty()) {
            resp.setStatus(400);
        }
        pages.render(req, resp, AgreementEventForm.class, "members/events.ftlh", "Record an agreement event: " + a.memberName(), model);
    }

    void record(HttpServletRequest req, HttpServletResponse resp, Actor actor, String gss) throws IOException {
        try {
            String event = req.getParameter("event") == null ? "" : req.getParameter("event");
            LocalDate on = Forms.date(req, "on", true);
            String by = req.getParameter("by");
            String reason = req.getParameter("reason");
            Long document = Forms.optionalLong(req, "documentId");
            switch (event) {
                case "sign" -> agreements.sign(actor, gss, on, required("by", by, "Name who signed for the council."), document);
                case "withdraw" -> agreements.withdrawNotice(actor, gss, on, required("reason", reason, "Say why the notice was withdrawn."));
                case "ratify" -> agreements.ratifyRenewal(actor, gss, new RenewalRatification(on,
                        required("by", by, "Name who ratified the renewal for the council, e.g. Cabinet."),
                        required("reference", req.getParameter("reference"),
                                "Enter the council's reference for the ratifying decision, e.g. CEF27012."), document));
                case "terminate" -> agreements.terminate(actor, gss, on, required("reason", reason, "Say why the agreement ends."));
                default -> throw new ValidationException("event", "Choose what happened: signed, notice withdrawn, renewal ratified or terminated.");
            }
            resp.sendRedirect("/members/" + gss + "?event=" + event);
        } catch (ValidationException e) {
            show(req, resp, actor, gss, Forms.values(req, FIELDS.toArray(String[]::new)), Forms.errors(e));
        }
    }

    private static String required(String field, String value, String fix) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, fix);
        }
        return value.trim();
    }
}
