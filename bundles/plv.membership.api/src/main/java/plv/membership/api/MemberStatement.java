package plv.membership.api;

import java.util.List;

/**
 * One member's contribution for one financial year, with the working a council's finance team can check by hand.
 *
 * @param line     the member's line of the schedule
 * @param schedule the schedule it comes from
 * @param working  the member's own working lines
 */
public record MemberStatement(ContributionLine line, ContributionSchedule schedule, List<String> working) {

    public MemberStatement {
        working = List.copyOf(working);
    }
}
