package plv.membership.web.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import plv.membership.api.AgreementTerms;
import plv.membership.api.Member;
import plv.membership.api.MemberAgreement;
import plv.membership.api.MemberAgreements;
import plv.membership.api.MemberRegister;
import plv.membership.api.MembershipStatus;
import plv.platform.api.Actor;
import plv.platform.api.time.PlvClock;
import plv.platform.api.NotFoundException;
import plv.platform.api.ValidationException;
import plv.platform.api.web.PageRenderer;

/**
 * The secretary's forms on a member's record: a change of membership status ({@code /members/{gss}/status}), the
 * corporate representatives with the forms to appoint one and to cease the one in office
 * ({@code /members/{gss}/representatives}, {@code .../representatives/cease}), and a variation of the agreement's
 * terms with its reason ({@code /members/{gss}/variation}). Nothing is overwritten: each is a dated row or event and
 * an audit entry. A refused form comes back with each error beside its field and what was typed; nothing changes.
 */
final class MemberForms {

    static final String[] STATUS_FIELDS = { "status", "effectiveOn", "reason" };
    static final String[] APPOINT_FIELDS = { "personName", "appointedOn", "appointedBy" };
    static final String[] CEASE_FIELDS = { "ceasedOn", "ceaseReason" };
    static final String[] TERM_FIELDS = { "termStart", "initialTermYears", "initialBreakAfterYears", "renewalTermYears",
            "renewalBreakAfterYears", "noticeMonths", "noticeOnWorkingDay", "variedOn", "reason" };

    private final PageRenderer pages;
    private final MemberRegister register;
    private final MemberAgreements agreements;
    private final PlvClock clock;

    MemberForms(PageRenderer pages, MemberRegister register, MemberAgreements agreements, PlvClock clock) {
        this.clock = clock;
        this.pages = pages;
        this.register = register;
        this.agreements = agreements;
    }

    // ---- status

    void showStatus(HttpServletRequest req, HttpServletResponse resp, Actor actor, String gss, Map<String, String> form,
            Map<String, String> errors) throws IOException {
        Member m = member(actor, gss);
        Map<String, Object> model = model(m, form, errors, resp);
        model.put("statuses", Arrays.stream(MembershipStatus.values())
                .map(s -> Map.of("id", s.name(), "label", s.label())).toList());
        pages.render(req, resp, MemberForms.class, "members/status.ftlh", "Change membership status: " + m.name(), model);
    }

    void changeStatus(HttpServletRequest req, HttpServletResponse resp, Actor actor, String gss) throws IOException {
        try {
            MembershipStatus status = status(req.getParameter("status"));
            register.changeStatus(actor, gss, status, Forms.date(req, "effectiveOn", true), req.getParameter("reason"));
            resp.sendRedirect("/members/" + gss);
        } catch (ValidationException e) {
            showStatus(req, resp, actor, gss, Forms.values(req, STATUS_FIELDS), Forms.errors(e));
        }
    }

    private static MembershipStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null; // the service names what is missing
        }
        return Arrays.stream(MembershipStatus.values()).filter(s -> s.name().equals(text)).findFirst()
                .orElseThrow(() -> new ValidationException("status", "Choose one of the listed statuses."));
    }

    // ---- corporate representatives

    void showRepresentatives(HttpServletRequest req, HttpServletResponse resp, Actor actor, String gss,
            Map<String, String> form, Map<String, String> errors) throws IOException {
        Member m = member(actor, gss);
        Map<String, Object> model = model(m, form, errors, resp);
        model.put("inOffice", m.representatives().stream().anyMatch(r -> r.ceasedOn() == null));
        pages.render(req, resp, MemberForms.class, "members/representatives.ftlh", "Corporate representatives: " + m.name(), model);
    }

    void appoint(HttpServletRequest req, HttpServletResponse resp, Actor actor, String gss) throws IOException {
        try {
            register.appointRepresentative(actor, gss, req.getParameter("personName"), Forms.date(req, "appointedOn", true),
                    req.getParameter("appointedBy"));
            resp.sendRedirect("/members/" + gss + "/representatives");
        } catch (ValidationException e) {
            showRepresentatives(req, resp, actor, gss, Forms.values(req, APPOINT_FIELDS), Forms.errors(e));
        }
    }

    void cease(HttpServletRequest req, HttpServletResponse resp, Actor actor, String gss) throws IOException {
        try {
            register.ceaseRepresentative(actor, gss, Forms.date(req, "ceasedOn", true), req.getParameter("ceaseReason"));
            resp.sendRedirect("/members/" + gss + "/representatives");
        } catch (ValidationException e) {
            showRepresentatives(req, resp, actor, gss, Forms.values(req, CEASE_FIELDS), Forms.errors(e));
        }
    }

    // ---- variation of terms

    void showVariation(HttpServletRequest req, HttpServletResponse resp, Actor actor, String gss, Map<String, String> form,
            Map<String, String> errors) throws IOException {
        MemberAgreement a = agreement(actor, gss);
        Map<String, Object> model = model(member(actor, gss), form.isEmpty() ? terms(a.terms(), clock.today()) : form, errors, resp);
        model.put("a", Views.agreement(a));
        pages.render(req, resp, MemberForms.class, "members/variation.ftlh", "Vary the agreement: " + a.memberName(), model);
    }

    void vary(HttpServletRequest req, HttpServletResponse resp, Actor actor, String gss) throws IOException {
        agreement(actor, gss);
        try {
            AgreementTerms terms = new AgreementTerms(Forms.date(req, "termStart", true), years(req, "initialTermYears"),
                    years(req, "initialBreakAfterYears"), years(req, "renewalTermYears"), years(req, "renewalBreakAfterYears"),
                    years(req, "noticeMonths"), req.getParameter("noticeOnWorkingDay") != null);
            agreements.vary(actor, gss, terms, Forms.date(req, "variedOn", true), req.getParameter("reason"));
            resp.sendRedirect("/members/" + gss);
        } catch (ValidationException e) {
            showVariation(req, resp, actor, gss, Forms.values(req, TERM_FIELDS), Forms.errors(e));
        }
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

    private static int years(HttpServletRequest req, String field) {
        String v = req.getParameter(field);
        if (v == null || !v.strip().matches("\\d{1,2}")) {
            throw new ValidationException(field, "Enter a whole number, e.g. 5 (0 for none).");
        }
        return Integer.parseInt(v.strip());
    }

    // ---- shared

    private Member member(Actor actor, String gss) {
        return register.member(actor, gss).orElseThrow(() -> new NotFoundException("There is no member " + gss + "."));
    }

    private MemberAgreement agreement(Actor actor, String gss) {
        return agreements.agreementOf(actor, gss, clock.today())
                .orElseThrow(() -> new NotFoundException(gss + " has no member agreement to vary."));
    }

    private Map<String, Object> model(Member m, Map<String, String> form, Map<String, String> errors,
            HttpServletResponse resp) {
        if (!errors.isEmpty()) {
            resp.setStatus(HttpServletResponse.SC_BAD_REQUEST); // the form again, with its errors
        }
        Map<String, Object> model = new HashMap<>();
        model.put("m", Views.member(m, clock.today()));
        model.put("form", form);
        model.put("errors", errors);
        model.put("today", clock.today().toString());
        return model;
    }
}
