package plv.decisions.api;

import java.util.List;

/**
 * Everything the monitoring officer needs beside one officer decision record: the delegation's scope and conditions,
 * the council decision that made it, and earlier reviews (oldest first).
 */
public record ReviewCase(OfficerDecision record, Delegation delegation, CouncilDecision councilDecision,
        List<MonitoringOfficerReview> reviews) {
}
