package plv.decisions.api;

import java.util.List;

/**
 * A monitoring officer's review as submitted.
 *
 * @param officerDecisionId the record reviewed
 * @param consulteeChecks   one check per consultee named in the delegation
 * @param conditionChecks   one check per condition of the delegation
 * @param outcome           the conclusion
 * @param comments          the question (query raised), the reasons (outside delegation) or remarks (confirmed)
 * @param failedChecksReason why the decision is within the delegation although a check of {@link ReviewCase#checks()}
 *                          failed; required to confirm in that case, otherwise null
 */
public record ReviewSubmission(long officerDecisionId, List<ConsulteeCheck> consulteeChecks,
        List<ConditionCheck> conditionChecks, ReviewOutcome outcome, String comments, String failedChecksReason) {

    public ReviewSubmission {
        consulteeChecks = consulteeChecks == null ? List.of() : List.copyOf(consulteeChecks);
        conditionChecks = conditionChecks == null ? List.of() : List.copyOf(conditionChecks);
    }
}
