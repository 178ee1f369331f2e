package plv.membership.api;

import java.time.LocalDate;

/**
 * A stretch of a financial year in which the set of paying members does not change.
 *
 * @param start        first day
 * @param end          last day (inclusive)
 * @param days         days in the period
 * @param members      how many members share it
 * @param totalPence   the amount due for the period
 */
public record SchedulePeriod(LocalDate start, LocalDate end, int days, int members, long totalPence) {
}
