package plv.membership.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The contributions of every member for one financial year, with the working.
 *
 * @param financialYear the year it starts in (2028 = 2028-29)
 * @param start         1 April
 * @param end           31 March
 * @param model         the funding model used
 * @param periods       the periods of constant membership
 * @param lines         one line per member that pays anything, by GSS code
 * @param totalPence    the sum of all lines (equals the sum of the periods)
 * @param working       the computation step by step, in plain English
 */
public record ContributionSchedule(int financialYear, LocalDate start, LocalDate end, FundingModel model,
        List<SchedulePeriod> periods, List<ContributionLine> lines, long totalPence, List<String> working) {

    public ContributionSchedule {
        periods = List.copyOf(periods);
        lines = List.copyOf(lines);
        working = List.copyOf(working);
    }

    /** "2028-29". */
    public String label() {
        return financialYear + "-" + String.format("%02d", (financialYear + 1) % 100);
    }
}
