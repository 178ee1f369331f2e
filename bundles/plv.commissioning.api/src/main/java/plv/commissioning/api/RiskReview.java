package plv.commissioning.api;

import java.time.LocalDate;

/**
 * One review of a risk: the current score it found and the trend against the score before.
 *
 * @param reviewedOn the day of the review
 * @param reviewedBy the sign-in name of the reviewer
 * @param score      the current score recorded
 * @param trend      improving, steady or worsening against the previous current score
 * @param note       what the review found (may be empty)
 */
public record RiskReview(LocalDate reviewedOn, String reviewedBy, RiskScore score, RiskTrend trend, String note) {
}
