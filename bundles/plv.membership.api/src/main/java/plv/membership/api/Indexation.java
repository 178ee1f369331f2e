package plv.membership.api;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;

/**
 * The inflation adjustment the agreement states.
 *
 * @param seriesCode     the index series, e.g. {@code CPI}
 * @param referenceMonth the month whose index sets a financial year's fee: its last occurrence before the year being
 *                       charged starts on 1 April (JANUARY: January 2029 sets the fee of 2029-30; SEPTEMBER:
 *                       September 2028 sets it)
 * @param method         uplift from a base index, or year-on-year compounding
 * @param baseMonth      for UPLIFT_FROM_BASE, the month of the base index; ignored for YEAR_ON_YEAR
 * @param capPercent     the largest uplift allowed (per year for YEAR_ON_YEAR, in total for UPLIFT_FROM_BASE), or null
 * @param floorPercent   the smallest uplift allowed (may be negative), or null
 */
public record Indexation(String seriesCode, Month referenceMonth, IndexMethod method, YearMonth baseMonth,
        BigDecimal capPercent, BigDecimal floorPercent) {
}
