package plv.membership.api;

import java.util.List;

/**
 * One member's contributions in a financial year.
 *
 * @param gssCode      the member
 * @param memberName   its name
 * @param daysAsMember days of the year it paid for
 * @param periodPence  its amount in each period of the schedule (same order as the schedule's periods; 0 when absent)
 * @param totalPence   its total for the year (after any income offset)
 * @param incomeOffsetPence its share of income from places sold to non-members, already taken off the total, under
 *                     every funding model (in proportion to what it would otherwise pay); the lines' shares add up to
 *                     the income used to the penny
 */
public record ContributionLine(String gssCode, String memberName, int daysAsMember, List<Long> periodPence,
        long totalPence, long incomeOffsetPence) {

    public ContributionLine {
        periodPence = List.copyOf(periodPence);
    }
}
