package plv.membership.api;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One monthly value of an index series.
 *
 * @param month the month
 * @param value the index value, e.g. 133.7
 */
public record IndexValue(YearMonth month, BigDecimal value) {
}
