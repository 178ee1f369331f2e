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
 */
public record ReviewSubmission(long officerDecisionId, List<ConsulteeCheck> consulteeChecks,
        List<ConditionCheck> conditionChecks, ReviewOutcome outcome, String comments) {

    public ReviewSubmission {
        consulteeChecks = consulteeChecks == null ? List.of() : List.copyOf(consulteeChecks);
        conditionChecks = conditionChecks == null ? List.of() : List.copyOf(conditionChecks);
    }
}
