package plv.commissioning.core.internal;

import java.time.LocalDate;

import plv.commissioning.api.RiskStatus;

/**
 * When an accepted risk is back to review (docs/rules/commissioning.md, "Accepted risks"). "Until" is the last day the
 * acceptance holds, inclusive, counted in London from the suite's one clock: accepted until 31 March 2027, the risk is
 * accepted all through 31 March and back to review from 1 April.
 */
final class RiskAcceptanceRules {

    private RiskAcceptanceRules() {
    }

    /**
     * The status of a risk whose current acceptance (not ended by a review or a newer acceptance) holds until
     * {@code until}, or that has none ({@code until == null}), on {@code today}.
     */
    static RiskStatus status(LocalDate until, LocalDate today) {
        if (until == null) {
            return RiskStatus.OPEN;
        }
        return today.isAfter(until) ? RiskStatus.ACCEPTANCE_ENDED : RiskStatus.ACCEPTED;
    }

    /** The first day the risk is back to review: the day after the last day of the acceptance. */
    static LocalDate backToReviewOn(LocalDate until) {
        return until.plusDays(1);
    }
}
