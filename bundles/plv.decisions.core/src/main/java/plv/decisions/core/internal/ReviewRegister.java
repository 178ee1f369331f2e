package plv.decisions.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.decisions.api.ConditionCheck;
import plv.decisions.api.ConsulteeCheck;
import plv.decisions.api.DelegationCheck;
import plv.decisions.api.MonitoringOfficerReview;
import plv.decisions.api.MonitoringOfficerReviews;
import plv.decisions.api.ReviewCase;
import plv.decisions.api.ReviewOutcome;
import plv.decisions.api.ReviewStatus;
import plv.decisions.api.ReviewSubmission;
import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.FieldError;
import plv.platform.api.Role;
import plv.platform.api.RoleGroup;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.FieldChange;

/** The monitoring officer's review of officer decision records, kept in DEC_MO_REVIEW. */
@Component(service = MonitoringOfficerReviews.class)
public class ReviewRegister implements MonitoringOfficerReviews {

    static final String RECORD_TYPE = "mo-review";
    private final DecisionData data;

    @Activate
    public ReviewRegister(@Reference DecisionData data) {
        this.data = data;
    }

    @Override
    public List<ReviewCase> queue(Actor actor) {
        requireReviewer(actor);
        return data.store.read(em -> OfficerDecisionRegister.entities(em, actor, ReviewStatus.AWAITING_REVIEW).stream()
                .map(o -> reviewCase(em, o, actor)).toList());
    }

    @Override
    public ReviewCase reviewCase(Actor actor, long officerDecisionId) {
        return data.store.read(em -> {
            OfficerDecisionEntity o = OfficerDecisionRegister.find(em, officerDecisionId);
            Access.requireRead(actor, o.councilGss, "Officer decision " + officerDecisionId);
            return reviewCase(em, o, actor);
        });
    }

    private ReviewCase reviewCase(EntityManager em, OfficerDecisionEntity o, Actor actor) {
        DelegationEntity d = DelegationRegister.find(em, o.delegationId);
        CouncilDecisionEntity c = CouncilDecisionRegister.find(em, d.decisionId);
        List<MonitoringOfficerReview> reviews = em.createQuery(
                "SELECT r FROM ReviewEntity r WHERE r.officerDecisionId = :o ORDER BY r.id", ReviewEntity.class)
                .setParameter("o", o.id).getResultList().stream().map(ReviewEntity::toRecord).toList();
        return new ReviewCase(Views.officerDecision(data, o, actor), d.toRecord(), Views.decision(data, c, actor), reviews,
                DelegationChecks.of(o.draft(), d.terms(), c.decisionDate));
    }

    @Override
    public MonitoringOfficerReview submit(Actor actor, ReviewSubmission s) {
        return data.store.write(actor, (em, audit) -> {
            OfficerDecisionEntity o = OfficerDecisionRegister.find(em, s.officerDecisionId());
            Access.requireReview(actor, o.councilGss);
            DelegationEntity d = DelegationRegister.find(em, o.delegationId);
            CouncilDecisionEntity c = CouncilDecisionRegister.find(em, d.decisionId);
            List<DelegationCheck> failed = DelegationChecks.of(o.draft(), d.terms(), c.decisionDate).stream()
                    .filter(k -> !k.passed()).toList();
            DecisionValidation.throwIfAny(errors(s, o, d, failed));
            ReviewEntity r = new ReviewEntity();
            r.officerDecisionId = o.id;
            r.councilGss = o.councilGss;
            r.reviewer = actor.username();
            r.reviewerName = actor.displayName();
            r.reviewedAt = data.clock.now();
            r.outcome = s.outcome();
            r.comments = s.comments() == null || s.comments().isBlank() ? null : s.comments().strip();
            r.locked = s.outcome() == ReviewOutcome.CONFIRMED;
            s.consulteeChecks().forEach(k -> r.consulteeChecks.add(CheckValues.Consultee.of(k)));
            s.conditionChecks().forEach(k -> r.conditionChecks.add(CheckValues.Condition.of(k)));
            failed.forEach(k -> r.failedChecks.add(CheckValues.Failed.of(k)));
            r.failedChecksReason = failed.isEmpty() || s.failedChecksReason() == null || s.failedChecksReason().isBlank()
                    ? null : s.failedChecksReason().strip();
            em.persist(r);
            ReviewStatus before = o.reviewStatus;
            o.reviewStatus = switch (s.outcome()) {
                case CONFIRMED -> ReviewStatus.CONFIRMED;
                case QUERY_RAISED -> ReviewStatus.QUERIED;
                case OUTSIDE_DELEGATION -> ReviewStatus.OUTSIDE_DELEGATION;
            };
            if (s.outcome() == ReviewOutcome.QUERY_RAISED) {
                o.openQuery = r.comments;
                o.queryAnswer = null;
            }
            em.flush();
            Map<String, FieldChange> changes = new LinkedHashMap<>();
            changes.put("officerDecisionId", FieldChange.of(null, o.id));
            changes.put("outcome", FieldChange.of(null, r.outcome));
            changes.put("comments", FieldChange.of(null, r.comments));
            changes.put("consulteeChecks", FieldChange.of(null, s.consulteeChecks()));
            changes.put("conditionChecks", FieldChange.of(null, s.conditionChecks()));
            changes.put("locked", FieldChange.of(null, r.locked));
            if (!failed.isEmpty()) {
                changes.put("failedChecks", FieldChange.of(null, failed.stream().map(k -> k.code() + ": " + k.detail()).toList()));
                changes.put("failedChecksReason", FieldChange.of(null, r.failedChecksReason));
            }
            audit.record("review", RECORD_TYPE, r.id, changes);
            audit.record("review-outcome", OfficerDecisionRegister.RECORD_TYPE, o.id,
                    Map.of("reviewStatus", FieldChange.of(before, o.reviewStatus)));
            return r.toRecord();
        });
    }

    private static List<FieldError> errors(ReviewSubmission s, OfficerDecisionEntity o, DelegationEntity d,
            List<DelegationCheck> failed) {
        List<FieldError> e = new ArrayList<>();
        if (o.reviewStatus == ReviewStatus.CONFIRMED) {
            e.add(new FieldError("outcome", "Officer decision " + o.id + " was confirmed within delegation and its review is locked;"
                    + " it cannot be reviewed again."));
            return e;
        }
        if (s.outcome() == null) {
            e.add(new FieldError("outcome", "Choose an outcome: confirmed within delegation, query raised or outside delegation."));
            return e;
        }
        Set<String> checked = s.consulteeChecks().stream().map(ConsulteeCheck::consulteePost).collect(Collectors.toSet());
        for (String post : d.consulteePosts) {
            if (!checked.contains(post)) {
                e.add(new FieldError("consulteeChecks", "Say whether " + post + " was consulted."));
            }
        }
        for (ConsulteeCheck c : s.consulteeChecks()) {
            if (c.consulted() && c.consultedOn() == null) {
                e.add(new FieldError("consulteeChecks", "Enter when " + c.consulteePost() + " was consulted."));
            }
            if (s.outcome() == ReviewOutcome.CONFIRMED && !c.consulted()) {
                e.add(new FieldError("outcome", c.consulteePost() + " was not consulted, so the decision cannot be confirmed within"
                        + " delegation: raise a query or record it as outside delegation."));
            }
        }
        Set<String> conditions = s.conditionChecks().stream().map(ConditionCheck::condition).collect(Collectors.toSet());
        for (String condition : d.conditions) {
            if (!conditions.contains(condition)) {
                e.add(new FieldError("conditionChecks", "Say whether the condition '" + condition + "' was met."));
            }
        }
        if (s.outcome() == ReviewOutcome.CONFIRMED && s.conditionChecks().stream().anyMatch(c -> !c.met())) {
            e.add(new FieldError("outcome", "A condition was not met, so the decision cannot be confirmed within delegation:"
                    + " raise a query or record it as outside delegation."));
        }
        boolean noReason = s.failedChecksReason() == null || s.failedChecksReason().isBlank();
        if (s.outcome() == ReviewOutcome.CONFIRMED && !failed.isEmpty() && noReason) {
            for (DelegationCheck k : failed) {
                e.add(new FieldError("failedChecksReason", k.label() + " failed: " + k.detail() + " It cannot be confirmed"
                        + " within delegation unless you record why it is nonetheless within the delegation; otherwise raise"
                        + " a query or record it as outside delegation."));
            }
        }
        if (s.outcome() != ReviewOutcome.CONFIRMED && (s.comments() == null || s.comments().isBlank())) {
            e.add(new FieldError("comments", s.outcome() == ReviewOutcome.QUERY_RAISED
                    ? "Enter the question for the secretary and the officer."
                    : "Enter the reasons the decision was outside the delegation."));
        }
        return e;
    }

    @Override
    public List<MonitoringOfficerReview> list(Actor actor) {
        requireReviewer(actor);
        return data.store.read(em -> {
            List<ReviewEntity> all = actor.is(Role.MONITORING_OFFICER)
                    ? em.createQuery("SELECT r FROM ReviewEntity r WHERE r.councilGss = :g", ReviewEntity.class)
                            .setParameter("g", String.valueOf(actor.councilGss())).getResultList()
                    : em.createQuery("SELECT r FROM ReviewEntity r", ReviewEntity.class).getResultList();
            return all.stream().sorted(Comparator.comparing((ReviewEntity r) -> r.id).reversed()).map(ReviewEntity::toRecord).toList();
        });
    }

    private static void requireReviewer(Actor actor) {
        if (!actor.in(RoleGroup.COUNCIL_RECORD_READERS)) {
            throw new AccessDeniedException("Monitoring officer reviews are for monitoring officers, the secretary and directors.");
        }
    }
}
