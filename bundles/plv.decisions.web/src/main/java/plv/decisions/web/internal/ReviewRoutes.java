package plv.decisions.web.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.decisions.api.ConditionCheck;
import plv.decisions.api.ConsulteeCheck;
import plv.decisions.api.MonitoringOfficerReviews;
import plv.decisions.api.OfficerDecisions;
import plv.decisions.api.ReviewCase;
import plv.decisions.api.ReviewOutcome;
import plv.decisions.api.ReviewStatus;
import plv.decisions.api.ReviewSubmission;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.RoleGroup;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.Label;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * The monitoring officer's review: {@code /reviews} (queue), {@code /reviews/{id}} (the officer decision beside its
 * delegation, with the review form), POST there to submit; POST {@code /reviews/{id}/answer} is the secretary's answer
 * to a query. The services refuse another council's record, whatever the page shows.
 */
@Component(service = WebRoutes.class)
public class ReviewRoutes implements WebRoutes {

    private static final Access READERS = Access.of(RoleGroup.COUNCIL_RECORD_READERS);
    private static final Access WRITERS = Access.of(RoleGroup.REVIEWERS);

    /** Consultee i: whether they were consulted ({@code consulted-i}: yes or no) and when ({@code consultedOn-i}). */
    record ConsulteeAnswer(String consulted, @Label("Consulted on") LocalDate consultedOn) {
    }

    /** Condition i: whether it was met ({@code met-i}: yes or no) and a note ({@code note-i}). */
    record ConditionAnswer(String met, String note) {
    }

    /** The review form of {@code decisions/review.ftlh}. */
    record ReviewForm(List<ConsulteeAnswer> consultees, List<ConditionAnswer> conditions, ReviewOutcome outcome,
            String comments, String failedChecksReason) {

        /** Answered consultees and conditions only, each with the post or condition of the delegation at its index. */
        ReviewSubmission submission(ReviewCase c) {
            List<ConsulteeCheck> consulteeChecks = new ArrayList<>();
            List<String> posts = c.delegation().terms().consulteePosts();
            for (int i = 0; i < posts.size() && i < consultees.size(); i++) {
                ConsulteeAnswer a = consultees.get(i);
                if (a.consulted() != null) {
                    consulteeChecks.add(new ConsulteeCheck(posts.get(i), "yes".equals(a.consulted()), a.consultedOn()));
                }
            }
            List<ConditionCheck> conditionChecks = new ArrayList<>();
            List<String> conds = c.delegation().terms().conditions();
            for (int i = 0; i < conds.size() && i < conditions.size(); i++) {
                ConditionAnswer a = conditions.get(i);
                if (a.met() != null) {
                    conditionChecks.add(new ConditionCheck(conds.get(i), "yes".equals(a.met()), a.note()));
                }
            }
            return new ReviewSubmission(c.record().id(), consulteeChecks, conditionChecks, outcome, comments, failedChecksReason);
        }
    }

    /** The secretary's answer to a query. */
    record AnswerForm(String answer) {
    }

    private final MonitoringOfficerReviews reviews;
    private final OfficerDecisions records;

    @Activate
    public ReviewRoutes(@Reference MonitoringOfficerReviews reviews, @Reference OfficerDecisions records) {
        this.reviews = reviews;
        this.records = records;
    }

    @Override
    public void define(Routes routes) {
        routes.get("/reviews", READERS, this::queue)
                .get("/reviews/{id}", READERS, r -> page(r, FormState.empty()))
                .form("/reviews/{id}", WRITERS, ReviewForm.class, this::page, (r, f) -> {
                    reviews.submit(r.requireActor(), f.submission(reviewCase(r)));
                    return Reply.redirect("/reviews/" + r.pathLong("id"));
                })
                .form("/reviews/{id}/answer", WRITERS, AnswerForm.class, this::page, (r, f) -> {
                    records.answerQuery(r.requireActor(), r.pathLong("id"), f.answer());
                    return Reply.redirect("/reviews/" + r.pathLong("id"));
                });
    }

    private ReviewCase reviewCase(RouteRequest r) {
        return reviews.reviewCase(r.requireActor(), r.pathLong("id"));
    }

    private Reply queue(RouteRequest r) {
        Actor actor = r.requireActor();
        Map<String, Object> model = new HashMap<>();
        model.put("queue", reviews.queue(actor).stream().map(Models::reviewCase).toList());
        model.put("others", records.list(actor).stream().filter(o -> o.reviewStatus() != ReviewStatus.AWAITING_REVIEW)
                .map(Models::officerDecision).toList());
        return Reply.page(getClass(), "decisions/queue.ftlh", "Officer decisions awaiting review", model);
    }

    private Reply.Page page(RouteRequest r, FormState state) {
        Actor actor = r.requireActor();
        ReviewCase c = reviewCase(r);
        Map<String, Object> model = new HashMap<>(Models.reviewCase(c));
        model.put("mayReview", actor.is(Role.MONITORING_OFFICER) && c.record().reviewStatus() != ReviewStatus.CONFIRMED);
        model.put("mayAnswer", actor.is(Role.SECRETARY) && c.record().reviewStatus() == ReviewStatus.QUERIED);
        return Reply.page(getClass(), "decisions/review.ftlh", "Review: " + c.record().record().title(), model).withForm(state);
    }
}
