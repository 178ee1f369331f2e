package plv.decisions.web.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

import plv.decisions.api.ConditionCheck;
import plv.decisions.api.ConsulteeCheck;
import plv.decisions.api.MonitoringOfficerReviews;
import plv.decisions.api.OfficerDecisions;
import plv.decisions.api.ReviewCase;
import plv.decisions.api.ReviewOutcome;
import plv.decisions.api.ReviewSubmission;
import plv.platform.api.Actor;
import plv.platform.api.FieldError;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.web.CurrentUser;
import plv.platform.api.web.PageRenderer;

/**
 * The monitoring officer's review: {@code /reviews} (queue), {@code /reviews/{officerDecisionId}} (the record beside
 * its delegation, with the review form), POST there to submit; POST {@code /reviews/{id}/answer} is the secretary's
 * answer to a query. The services refuse another council's record, whatever the page shows.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/reviews", "/reviews/*"})
public class ReviewPages extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient CurrentUser users;
    private final transient PageRenderer pages;
    private final transient MonitoringOfficerReviews reviews;
    private final transient OfficerDecisions records;

    @Activate
    public ReviewPages(@Reference CurrentUser users, @Reference PageRenderer pages, @Reference MonitoringOfficerReviews reviews,
            @Reference OfficerDecisions records) {
        this.users = users;
        this.pages = pages;
        this.reviews = reviews;
        this.records = records;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Actor actor = users.require(req, Role.MONITORING_OFFICER, Role.SECRETARY, Role.DIRECTOR);
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) {
            Map<String, Object> model = new HashMap<>();
            model.put("queue", reviews.queue(actor).stream().map(Models::reviewCase).toList());
            model.put("others", records.list(actor).stream().filter(o -> o.reviewStatus() != plv.decisions.api.ReviewStatus.AWAITING_REVIEW)
                    .map(Models::officerDecision).toList());
            pages.render(req, resp, getClass(), "decisions/queue.ftlh", "Officer decisions awaiting review", model);
            return;
        }
        form(req, resp, actor, DecisionPages.id(path), Map.of(), Map.of());
    }

    private void form(HttpServletRequest req, HttpServletResponse resp, Actor actor, long id, Map<String, String> errors,
            Map<String, String> form) throws IOException {
        ReviewCase c = reviews.reviewCase(actor, id);
        Map<String, Object> model = new HashMap<>(Models.reviewCase(c));
        model.put("mayReview", actor.is(Role.MONITORING_OFFICER) && !"CONFIRMED".equals(c.record().reviewStatus().name()));
        model.put("mayAnswer", actor.is(Role.SECRETARY) && c.record().reviewStatus() == plv.decisions.api.ReviewStatus.QUERIED);
        model.put("errors", errors);
        model.put("form", form);
        pages.render(req, resp, getClass(), "decisions/review.ftlh", "Review: " + c.record().record().title(), model);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Actor actor = users.require(req, Role.MONITORING_OFFICER, Role.SECRETARY);
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.endsWith("/answer")) {
            long id = DecisionPages.id(path.substring(0, path.length() - "/answer".length()));
            try {
                records.answerQuery(actor, id, req.getParameter("answer"));
            } catch (ValidationException e) {
                form(req, resp, actor, id, FormFields.byField(e), Map.of("answer", value(req, "answer")));
                return;
            }
            resp.sendRedirect("/reviews/" + id);
            return;
        }
        long id = DecisionPages.id(path);
        ReviewCase c = reviews.reviewCase(actor, id);
        Map<String, String> form = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> form.put(k, v.length > 0 ? v[0] : ""));
        try {
            reviews.submit(actor, submission(req, c));
        } catch (ValidationException e) {
            form(req, resp, actor, id, FormFields.byField(e), form);
            return;
        }
        resp.sendRedirect("/reviews/" + id);
    }

    /** Reads the form: consultee i as consulted-i / consultedOn-i, condition i as met-i / note-i. */
    private static ReviewSubmission submission(HttpServletRequest req, ReviewCase c) {
        List<FieldError> errors = new ArrayList<>();
        List<ConsulteeCheck> consultees = new ArrayList<>();
        List<String> posts = c.delegation().terms().consulteePosts();
        for (int i = 0; i < posts.size(); i++) {
            String answer = value(req, "consulted-" + i);
            if (answer.isEmpty()) {
                continue;
            }
            LocalDate on = null;
            String when = value(req, "consultedOn-" + i);
            if (!when.isEmpty()) {
                try {
                    on = LocalDate.parse(when);
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError("consultedOn-" + i, "'" + when + "' is not a date like 2023-03-25."));
                }
            }
            consultees.add(new ConsulteeCheck(posts.get(i), "yes".equals(answer), on));
        }
        List<ConditionCheck> conditions = new ArrayList<>();
        List<String> conds = c.delegation().terms().conditions();
        for (int i = 0; i < conds.size(); i++) {
            String met = value(req, "met-" + i);
            if (!met.isEmpty()) {
                conditions.add(new ConditionCheck(conds.get(i), "yes".equals(met), emptyToNull(value(req, "note-" + i))));
            }
        }
        ReviewOutcome outcome = null;
        try {
            outcome = value(req, "outcome").isEmpty() ? null : ReviewOutcome.valueOf(value(req, "outcome"));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("outcome", "Choose one of the three outcomes."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ReviewSubmission(c.record().id(), consultees, conditions, outcome, emptyToNull(value(req, "comments")),
                emptyToNull(value(req, "failedChecksReason")));
    }

    private static String value(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        return v == null ? "" : v.strip();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
