package plv.membership.core.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import plv.membership.api.FeeSchedule;
import plv.membership.api.IndexMethod;
import plv.membership.api.Indexation;
import plv.platform.api.money.Money;
import plv.platform.api.time.FinancialYear;

/**
 * The annual fee of each financial year after inflation adjustment.
 * <ul>
 * <li>The fee is payable from the trigger date; the financial year containing it is the first fee year and pays the
 * base fee under YEAR_ON_YEAR.</li>
 * <li>The index of a financial year is the series value for the last reference month <b>before</b> the year being
 * charged starts on 1 April, as the agreement's terms state (the uplift is known before the year is billed): reference
 * month January gives January 2029 for 2029-30 (an April uplift read from January's CPI); September gives September
 * 2028 for 2029-30; April gives April 2028 for 2029-30 (April 2029 is already inside the year).</li>
 * <li>YEAR_ON_YEAR: factor = index(this year) ÷ index(last year); fee = last year's fee × factor.
 * UPLIFT_FROM_BASE: factor = index(this year) ÷ index(base month); fee = base fee × factor.</li>
 * <li>The factor is rounded to 6 decimal places (half up), then held between 1 + floor% and 1 + cap%; the fee is
 * rounded to the penny (half up).</li>
 * <li>When an index value is not recorded yet, no uplift is applied for that step and the working says so.</li>
 * <li>A fee schedule that applies from a later financial year (effective-dated) states the fee of that year: under
 * YEAR_ON_YEAR the compounding starts again from it; earlier years keep the schedule they had.</li>
 * </ul>
 */
public final class IndexUplift {

    public static final int FACTOR_SCALE = 6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The fee of one year and how it was worked out. */
    public record YearFee(FinancialYear year, long annualPence, List<String> working) {
    }

    private final FeeSchedule schedule;
    private final Map<YearMonth, BigDecimal> index;

    /** @param index the values of the schedule's series by month (may be empty when there is no indexation) */
    public IndexUplift(FeeSchedule schedule, Map<YearMonth, BigDecimal> index) {
        this.schedule = schedule;
        this.index = index;
    }

    /** The annual fee for {@code year}, or 0 with a reason when the fee has not started by the end of that year. */
    public YearFee feeFor(FinancialYear year) {
        List<String> working = new ArrayList<>();
        if (schedule.triggerDate() == null || schedule.triggerDate().isAfter(year.end())) {
            working.add("No fee in " + year.label() + ": the fee starts on the trigger date ("
                    + (schedule.triggerDate() == null ? "not set yet" : schedule.triggerDate()) + ").");
            return new YearFee(year, 0, working);
        }
        FinancialYear first = FinancialYear.containing(schedule.triggerDate());
        if (schedule.effectiveFrom() != null && schedule.effectiveFrom().isAfter(first.start())) {
            // a schedule that applies from a later year states that year's fee and indexes from there
            first = FinancialYear.containing(schedule.effectiveFrom());
        }
        long base = schedule.annualFeePence();
        working.add("Base fee " + Money.format(base) + " a year from " + (first.start().isAfter(schedule.triggerDate())
                ? first.start() + " (fee schedule applying from " + first.label() + ")" : schedule.triggerDate()) + ".");
        Indexation ix = schedule.indexation();
        if (ix == null) {
            working.add("No inflation adjustment: fee " + Money.format(base) + ".");
            return new YearFee(year, base, working);
        }
        if (ix.method() == IndexMethod.UPLIFT_FROM_BASE) {
            long fee = uplift(base, ix.baseMonth(), referenceMonth(ix, year), ix, working);
            return new YearFee(year, fee, working);
        }
        long fee = base;
        for (int y = first.startYear() + 1; y <= year.startYear(); y++) {
            FinancialYear fy = new FinancialYear(y);
            fee = uplift(fee, referenceMonth(ix, new FinancialYear(y - 1)), referenceMonth(ix, fy), ix, working);
            working.add("Fee " + fy.label() + ": " + Money.format(fee) + ".");
        }
        return new YearFee(year, fee, working);
    }

    /** The last {@code ix.referenceMonth()} before {@code year} starts: January 2029 or September 2028 for 2029-30. */
    public static YearMonth referenceMonth(Indexation ix, FinancialYear year) {
        YearMonth sameCalendarYear = YearMonth.of(year.startYear(), ix.referenceMonth());
        return sameCalendarYear.isBefore(YearMonth.from(year.start())) ? sameCalendarYear : sameCalendarYear.minusYears(1);
    }

    private long uplift(long fee, YearMonth from, YearMonth to, Indexation ix, List<String> working) {
        BigDecimal old = index.get(from);
        BigDecimal now = index.get(to);
        String code = ix.seriesCode();
        if (old == null || now == null) {
            working.add(code + " " + (old == null ? from : to) + " not recorded yet: no uplift applied (provisional).");
            return fee;
        }
        BigDecimal factor = now.divide(old, FACTOR_SCALE, RoundingMode.HALF_UP);
        String step = code + " " + to + " = " + now.toPlainString() + ", " + code + " " + from + " = "
                + old.toPlainString() + "; factor " + now.toPlainString() + " ÷ " + old.toPlainString() + " = "
                + factor.toPlainString();
        BigDecimal limited = factor;
        if (ix.capPercent() != null) {
            BigDecimal cap = BigDecimal.ONE.add(ix.capPercent().divide(HUNDRED)).setScale(FACTOR_SCALE);
            if (limited.compareTo(cap) > 0) {
                limited = cap;
                step += "; capped at " + ix.capPercent().toPlainString() + "% → " + cap.toPlainString();
            }
        }
        if (ix.floorPercent() != null) {
            BigDecimal floor = BigDecimal.ONE.add(ix.floorPercent().divide(HUNDRED)).setScale(FACTOR_SCALE);
            if (limited.compareTo(floor) < 0) {
                limited = floor;
                step += "; floored at " + ix.floorPercent().toPlainString() + "% → " + floor.toPlainString();
            }
        }
        long result = Pence.round(BigDecimal.valueOf(fee).multiply(limited));
        working.add(step + "; " + Money.format(fee) + " × " + limited.toPlainString() + " = " + Money.format(result)
                + " (rounded to the penny, half up).");
        return result;
    }
}
