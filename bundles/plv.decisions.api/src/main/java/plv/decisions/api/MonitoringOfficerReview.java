package plv.decisions.api;

import java.time.Instant;
import java.util.List;

/**
 * A kept monitoring officer review.
 *
 * @param id                the review's id
 * @param officerDecisionId the record reviewed
 * @param councilGss        the council
 * @param reviewer          the reviewer's sign-in name
 * @param reviewerName      the reviewer's name
 * @param reviewedAt        when it was submitted
 * @param consulteeChecks   per consultee
 * @param conditionChecks   per condition
 * @param outcome           the conclusion
 * @param comments          question, reasons or remarks
 * @param locked            true for a confirmed review: it can no longer be changed or superseded
 * @param failedChecks      the checks that failed when it was submitted (with their figures)
 * @param failedChecksReason the reviewer's reason for confirming despite them, or null
 */
public record MonitoringOfficerReview(long id, long officerDecisionId, String councilGss, String reviewer,
        String reviewerName, Instant reviewedAt, List<ConsulteeCheck> consulteeChecks, List<ConditionCheck> conditionChecks,
        ReviewOutcome outcome, String comments, boolean locked, List<DelegationCheck> failedChecks,
        String failedChecksReason) {

    public MonitoringOfficerReview {
        failedChecks = failedChecks == null ? List.of() : List.copyOf(failedChecks);
    }
}
