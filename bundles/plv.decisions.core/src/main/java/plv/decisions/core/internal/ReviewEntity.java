package plv.decisions.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import plv.decisions.api.MonitoringOfficerReview;
import plv.decisions.api.ReviewOutcome;

/** Table DEC_MO_REVIEW. */
@Entity
@Table(name = "DEC_MO_REVIEW")
class ReviewEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Version long version;
    @Column(name = "OFFICER_DECISION_ID") long officerDecisionId;
    @Column(name = "COUNCIL_GSS") String councilGss;
    String reviewer;
    @Column(name = "REVIEWER_NAME") String reviewerName;
    @Column(name = "REVIEWED_AT") Instant reviewedAt;
    @Enumerated(EnumType.STRING) ReviewOutcome outcome;
    String comments;
    boolean locked;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "DEC_REVIEW_CONSULTEE_CHECK", joinColumns = @JoinColumn(name = "REVIEW_ID"))
    @OrderColumn(name = "POS")
    List<CheckValues.Consultee> consulteeChecks = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "DEC_REVIEW_CONDITION_CHECK", joinColumns = @JoinColumn(name = "REVIEW_ID"))
    @OrderColumn(name = "POS")
    List<CheckValues.Condition> conditionChecks = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "DEC_REVIEW_FAILED_CHECK", joinColumns = @JoinColumn(name = "REVIEW_ID"))
    @OrderColumn(name = "POS")
    List<CheckValues.Failed> failedChecks = new ArrayList<>();
    @Column(name = "FAILED_CHECKS_REASON") String failedChecksReason;

    MonitoringOfficerReview toRecord() {
        return new MonitoringOfficerReview(id, officerDecisionId, councilGss, reviewer, reviewerName, reviewedAt,
                consulteeChecks.stream().map(CheckValues.Consultee::toRecord).toList(),
                conditionChecks.stream().map(CheckValues.Condition::toRecord).toList(), outcome, comments, locked,
                failedChecks.stream().map(CheckValues.Failed::toRecord).toList(), failedChecksReason);
    }
}
