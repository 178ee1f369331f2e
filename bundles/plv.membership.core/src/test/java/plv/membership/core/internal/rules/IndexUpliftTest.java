package plv.membership.core.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import plv.membership.api.FeeSchedule;
import plv.membership.api.FundingModel;
import plv.membership.api.IndexMethod;
import plv.membership.api.Indexation;
import plv.platform.api.time.FinancialYear;

/**
 * The £20,000 fee (seed 000) from a trigger date of 1 April 2028, adjusted by CPI for the January before each financial
 * year starts. The index values are made up for the test and chosen to be easy to check by hand.
 */
class IndexUpliftTest {

    static final Map<YearMonth, BigDecimal> CPI = Map.of(
            YearMonth.of(2028, 1), new BigDecimal("140.0"),
            YearMonth.of(2029, 1), new BigDecimal("147.0"),   // +5.0% on 2028
            YearMonth.of(2030, 1), new BigDecimal("149.94")); // +2.0% on 2029

    @ParameterizedTest(name = "{0} {1} cap {2} floor {3}: fee {4}p in {5}")
    @CsvSource(textBlock = """
            # method         | year | cap % | floor % | fee (pence) | why
              YEAR_ON_YEAR     | 2027 |       |         | 0           | before the trigger date: nothing due
              YEAR_ON_YEAR     | 2028 |       |         | 2000000     | first fee year: the base fee
              YEAR_ON_YEAR     | 2029 |       |         | 2100000     | 20,000.00 × 147.0/140.0 (1.050000)
              YEAR_ON_YEAR     | 2029 | 3     |         | 2060000     | 1.05 capped at 1.03: 20,000.00 × 1.03
              YEAR_ON_YEAR     | 2030 | 3     |         | 2101200     | 20,600.00 × 149.94/147.0 (1.020000)
              YEAR_ON_YEAR     | 2030 | 3     | 2.5     | 2111500     | 1.02 floored at 1.025: 20,600.00 × 1.025
              UPLIFT_FROM_BASE | 2030 |       |         | 2142000     | 20,000.00 × 149.94/140.0 (1.071000)
              UPLIFT_FROM_BASE | 2030 | 5     |         | 2100000     | 1.071 capped at 1.05 in total
              UPLIFT_FROM_BASE | 2031 |       |         | 2000000     | CPI January 2031 not recorded: no uplift yet
            """, delimiter = '|')
    void fee(IndexMethod method, int year, BigDecimal cap, BigDecimal floor, long pence, String why) {
        Indexation ix = new Indexation("CPI", Month.JANUARY, method, YearMonth.of(2028, 1), cap, floor);
        FeeSchedule schedule = new FeeSchedule(FundingModel.FIXED_FEE, 2_000_000, LocalDate.of(2028, 4, 1), ix);
        IndexUplift.YearFee fee = new IndexUplift(schedule, CPI).feeFor(new FinancialYear(year));
        assertThat(fee.annualPence()).as(why + "; working: " + fee.working()).isEqualTo(pence);
    }

    @org.junit.jupiter.api.Test
    void workingShowsIndexValuesFactorAndRounding() {
        Indexation ix = new Indexation("CPI", Month.JANUARY, IndexMethod.YEAR_ON_YEAR, null, new BigDecimal("3"), null);
        FeeSchedule schedule = new FeeSchedule(FundingModel.FIXED_FEE, 2_000_000, LocalDate.of(2028, 4, 1), ix);
        assertThat(new IndexUplift(schedule, CPI).feeFor(new FinancialYear(2029)).working()).contains(
                "CPI 2029-01 = 147.0, CPI 2028-01 = 140.0; factor 147.0 ÷ 140.0 = 1.050000; capped at 3% → 1.030000;"
                        + " £20,000.00 × 1.030000 = £20,600.00 (rounded to the penny, half up).");
    }

    /** The reference month is read before the year being charged: January's CPI for an April uplift. */
    @ParameterizedTest(name = "reference month {0} for {1}: {2}")
    @CsvSource(textBlock = """
            # reference month | financial year | month read
              JANUARY         | 2029           | 2029-01
              MARCH           | 2029           | 2029-03
              APRIL           | 2029           | 2028-04
              SEPTEMBER       | 2029           | 2028-09
              DECEMBER        | 2028           | 2027-12
            """, delimiter = '|')
    void referenceMonthIsBeforeTheYearCharged(Month month, int year, YearMonth read) {
        Indexation ix = new Indexation("CPI", month, IndexMethod.YEAR_ON_YEAR, null, null, null);
        assertThat(IndexUplift.referenceMonth(ix, new FinancialYear(year))).isEqualTo(read);
    }

    /**
     * Worked example: fee £20,000 from 1 April 2028, CPI September 2027 = 130.0, September 2028 = 135.2 (+4.0%): the
     * 2029-30 fee is £20,000.00 × 1.04 = £20,800.00, known before 1 April 2029.
     */
    @Test
    void septemberIndexSetsTheNextAprilsFee() {
        Indexation ix = new Indexation("CPI", Month.SEPTEMBER, IndexMethod.YEAR_ON_YEAR, null, null, null);
        FeeSchedule s = new FeeSchedule(FundingModel.FIXED_FEE, 2_000_000, LocalDate.of(2028, 4, 1), ix);
        Map<YearMonth, BigDecimal> cpi = Map.of(YearMonth.of(2027, 9), new BigDecimal("130.0"),
                YearMonth.of(2028, 9), new BigDecimal("135.2"), YearMonth.of(2029, 9), new BigDecimal("999"));
        IndexUplift.YearFee fee = new IndexUplift(s, cpi).feeFor(new FinancialYear(2029));
        assertThat(fee.annualPence()).isEqualTo(2_080_000);
        assertThat(fee.working()).anySatisfy(w -> assertThat(w).startsWith("CPI 2028-09 = 135.2, CPI 2027-09 = 130.0"));
    }
}
