package plv.commissioning.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A risk in a programme's risk log.
 *
 * @param id            the record id
 * @param programmeId   the programme whose log holds it
 * @param reference     e.g. {@code SCH-R03}, unique within the programme
 * @param title         the risk
 * @param category      what it threatens, with its appetite
 * @param owner         who owns it
 * @param inherent      the score before any control
 * @param current       the score now, with the controls in place
 * @param target        the score the further actions aim at
 * @param targetDate    by when the target should be reached (may be null)
 * @param controls      the controls in place
 * @param actions       further actions, each with an owner and a due date
 * @param trend         the movement of the current score at the last review
 * @param reviewedOn    the last review (or the day it was recorded)
 * @param nextReviewOn  when it is next due for review: sooner the higher the current score
 * @param aboveAppetite true when the current score is above the category's appetite: the board must see it
 * @param reviews       the reviews recorded, newest first
 * @param version       the optimistic lock version an update or review must quote
 * @param flaggedOn     the day a programme's rule flagged it for review (see {@link RiskLog#flagForReview}), null when
 *                      not flagged; a review clears it
 * @param flagReason    why it was flagged, null when not flagged
 */
public record Risk(long id, String programmeId, String reference, String title, RiskCategory category, String owner, RiskScore inherent,
        RiskScore current, RiskScore target, LocalDate targetDate, String controls, List<RiskAction> actions, RiskTrend trend,
        LocalDate reviewedOn, LocalDate nextReviewOn, boolean aboveAppetite, List<RiskReview> reviews, long version,
        LocalDate flaggedOn, String flagReason) {

    public Risk {
        actions = List.copyOf(actions);
        reviews = List.copyOf(reviews);
    }

    /** A risk that no rule has flagged for review. */
    public Risk(long id, String programmeId, String reference, String title, RiskCategory category, String owner, RiskScore inherent,
            RiskScore current, RiskScore target, LocalDate targetDate, String controls, List<RiskAction> actions, RiskTrend trend,
            LocalDate reviewedOn, LocalDate nextReviewOn, boolean aboveAppetite, List<RiskReview> reviews, long version) {
        this(id, programmeId, reference, title, category, owner, inherent, current, target, targetDate, controls, actions, trend,
                reviewedOn, nextReviewOn, aboveAppetite, reviews, version, null, null);
    }

    /** True when a programme's rule has flagged it for review and no review has been recorded since. */
    public boolean flagged() {
        return flaggedOn != null;
    }
}
