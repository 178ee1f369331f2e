package plv.decisions.api;

import java.util.List;

/**
 * Everything the monitoring officer needs beside one officer decision record: the delegation's scope and conditions,
 * the council decision that made it, earlier reviews (oldest first) and the checks the review makes by itself
 * (financial limit, period, scope).
 */
public record ReviewCase(OfficerDecision record, Delegation delegation, CouncilDecision councilDecision,
        List<MonitoringOfficerReview> reviews, List<DelegationCheck> checks) {

    /** True when every check the review made by itself passed. */
    public boolean checksPassed() {
        return checks.stream().allMatch(DelegationCheck::passed);
    }
}
