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
 * @param status        open, accepted, or back to review because its acceptance ended (since 1.3)
 * @param acceptance    the current acceptance (in force, or ended and awaiting review); null when there is none
 * @param acceptances   every acceptance recorded, newest first (since 1.3)
 * @param flaggedOn     the day a programme's rule flagged it for review (see {@link RiskLog#flagForReview}), null when
 *                      not flagged; a review clears it (since 1.3)
 * @param flagReason    why it was flagged, null when not flagged (since 1.3)
 */
public record Risk(long id, String programmeId, String reference, String title, RiskCategory category, String owner, RiskScore inherent,
        RiskScore current, RiskScore target, LocalDate targetDate, String controls, List<RiskAction> actions, RiskTrend trend,
        LocalDate reviewedOn, LocalDate nextReviewOn, boolean aboveAppetite, List<RiskReview> reviews, long version, RiskStatus status,
        RiskAcceptance acceptance, List<RiskAcceptance> acceptances, LocalDate flaggedOn, String flagReason) {

    public Risk {
        actions = List.copyOf(actions);
        reviews = List.copyOf(reviews);
        acceptances = List.copyOf(acceptances);
        status = status == null ? RiskStatus.OPEN : status;
    }

    /** A risk with no acceptance recorded and not flagged (the 1.2 shape). */
    public Risk(long id, String programmeId, String reference, String title, RiskCategory category, String owner, RiskScore inherent,
            RiskScore current, RiskScore target, LocalDate targetDate, String controls, List<RiskAction> actions, RiskTrend trend,
            LocalDate reviewedOn, LocalDate nextReviewOn, boolean aboveAppetite, List<RiskReview> reviews, long version) {
        this(id, programmeId, reference, title, category, owner, inherent, current, target, targetDate, controls, actions, trend, reviewedOn,
                nextReviewOn, aboveAppetite, reviews, version, RiskStatus.OPEN, null, List.of(), null, null);
    }

    /** A risk with its acceptances, not flagged. */
    public Risk(long id, String programmeId, String reference, String title, RiskCategory category, String owner, RiskScore inherent,
            RiskScore current, RiskScore target, LocalDate targetDate, String controls, List<RiskAction> actions, RiskTrend trend,
            LocalDate reviewedOn, LocalDate nextReviewOn, boolean aboveAppetite, List<RiskReview> reviews, long version, RiskStatus status,
            RiskAcceptance acceptance, List<RiskAcceptance> acceptances) {
        this(id, programmeId, reference, title, category, owner, inherent, current, target, targetDate, controls, actions, trend, reviewedOn,
                nextReviewOn, aboveAppetite, reviews, version, status, acceptance, acceptances, null, null);
    }

    /** A risk with no acceptance recorded, flagged or not. */
    public Risk(long id, String programmeId, String reference, String title, RiskCategory category, String owner, RiskScore inherent,
            RiskScore current, RiskScore target, LocalDate targetDate, String controls, List<RiskAction> actions, RiskTrend trend,
            LocalDate reviewedOn, LocalDate nextReviewOn, boolean aboveAppetite, List<RiskReview> reviews, long version,
            LocalDate flaggedOn, String flagReason) {
        this(id, programmeId, reference, title, category, owner, inherent, current, target, targetDate, controls, actions, trend, reviewedOn,
                nextReviewOn, aboveAppetite, reviews, version, RiskStatus.OPEN, null, List.of(), flaggedOn, flagReason);
    }

    /** True when a programme's rule has flagged it for review and no review has been recorded since. */
    public boolean flagged() {
        return flaggedOn != null;
    }
}
