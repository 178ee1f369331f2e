package plv.membership.core.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import plv.membership.api.ContributionLine;
import plv.membership.api.ContributionSchedule;
import plv.membership.api.FeeSchedule;
import plv.membership.api.FundingModel;
import plv.membership.api.IncomeReport;
import plv.membership.api.SharedFunding;
import plv.membership.api.SharingBasis;
import plv.platform.api.time.FinancialYear;

/** Contribution schedules for the 33 London authorities, worked by hand in the comments of each row. */
class ContributionCalculatorTest {

    static FeeSchedule fixed(LocalDate trigger) {
        return new FeeSchedule(FundingModel.FIXED_FEE, 2_000_000, trigger, null);
    }

    static ContributionSchedule fixedSchedule(LocalDate trigger, int year, List<MembershipWindow> windows) {
        return new ContributionCalculator(fixed(trigger), Map.of()).schedule(new FinancialYear(year), windows, null, null);
    }

    static long line(ContributionSchedule s, String gss) {
        return s.lines().stream().filter(l -> l.gssCode().equals(gss)).mapToLong(ContributionLine::totalPence).findFirst()
                .orElse(0);
    }

    @ParameterizedTest(name = "fixed fee, trigger {0}, year {1}: {2} pays {3}p, total {4}p")
    @CsvSource(textBlock = """
            # trigger  | year | member    | joins      | its pence | total pence | by hand
              2028-04-01 | 2027 | E09000001 | 2023-04-01 | 0        | 0          | the home is not open yet
              2028-04-01 | 2028 | E09000001 | 2023-04-01 | 2000000  | 66000000   | 33 × £20,000.00
              2028-01-01 | 2027 | E09000001 | 2023-04-01 | 497268   | 16409844   | 91 of 366 days (2027-28 has 29 Feb): 2,000,000 × 91 / 366 = 497,267.76 → 497,268; × 33
              2028-04-01 | 2028 | E09000033 | 2028-10-01 | 997260   | 64997260   | late joiner, 182 of 365 days: 2,000,000 × 182 / 365 = 997,260.27 → 997,260; + 32 × 2,000,000
            """, delimiter = '|')
    void fixedFee(LocalDate trigger, int year, String gss, LocalDate joins, long pence, long total, String byHand) {
        ContributionSchedule s = fixedSchedule(trigger, year, LondonAuthorities.with(gss, joins, null));
        assertThat(line(s, gss)).as(byHand).isEqualTo(pence);
        assertThat(s.totalPence()).as(byHand).isEqualTo(total);
        assertSumsExact(s);
    }

    static SharedFunding shared(long total, int sold, long price) {
        return new SharedFunding(2028, total, SharingBasis.EQUAL, null, null, 24, 2, sold, price);
    }

    @Test
    void oneOfThirtyThreeLeavesAtTheBreakAndTheRestAbsorbItsShare() {
        FeeSchedule model = new FeeSchedule(FundingModel.SHARED_TOTAL, 0, LocalDate.of(2023, 4, 1), null);
        List<MembershipWindow> windows = LondonAuthorities.with("E09000033", LocalDate.of(2023, 4, 1),
                LocalDate.of(2026, 3, 31));
        ContributionCalculator calc = new ContributionCalculator(model, Map.of());
        ContributionSchedule before = calc.schedule(new FinancialYear(2025), windows,
                new SharedFunding(2025, 66_000_000, SharingBasis.EQUAL, null, null, 24, 2, 0, 0), null);
        ContributionSchedule after = calc.schedule(new FinancialYear(2026), windows,
                new SharedFunding(2026, 66_000_000, SharingBasis.EQUAL, null, null, 24, 2, 0, 0), null);
        // 2025-26: £660,000.00 ÷ 33 = £20,000.00 each; 2026-27: £660,000.00 ÷ 32 = £20,625.00 each
        assertThat(line(before, "E09000033")).isEqualTo(2_000_000);
        assertThat(line(before, "E09000001")).isEqualTo(2_000_000);
        assertThat(line(after, "E09000033")).isZero();
        assertThat(after.lines()).hasSize(32).allSatisfy(l -> assertThat(l.totalPence()).isEqualTo(2_062_500));
        assertSumsExact(after);
    }

    @ParameterizedTest(name = "{0} pays {1}p")
    @CsvSource(textBlock = """
            # member  | pence     | by hand: £330,000.00 shared; E09000033 leaves after 30 Sep 2028
            #                       periods by days: 33,000,000 × 183/365 = 16,545,205.48 and × 182/365 = 16,454,794.52;
            #                       1p left goes to the larger remainder: 16,545,205 + 16,454,795
            #                       period 1 ÷ 33 = 501,369.85: 501,369 each, 28p left → E09000001..E09000028 get 501,370
            #                       period 2 ÷ 32 = 514,212.34: 514,212 each, 11p left → E09000001..E09000011 get 514,213
              E09000001 | 1015583 | 501,370 + 514,213
              E09000011 | 1015583 | 501,370 + 514,213
              E09000012 | 1015582 | 501,370 + 514,212
              E09000028 | 1015582 | 501,370 + 514,212
              E09000029 | 1015581 | 501,369 + 514,212
              E09000033 | 501369  | 501,369 + 0
            """, delimiter = '|')
    void midYearLeaverLastPennyByLargestRemainderThenGssCode(String gss, long pence) {
        FeeSchedule model = new FeeSchedule(FundingModel.SHARED_TOTAL, 0, LocalDate.of(2023, 4, 1), null);
        ContributionSchedule s = new ContributionCalculator(model, Map.of()).schedule(new FinancialYear(2028),
                LondonAuthorities.with("E09000033", LocalDate.of(2023, 4, 1), LocalDate.of(2028, 9, 30)),
                shared(33_000_000, 0, 0), null);
        assertThat(s.periods()).hasSize(2);
        assertThat(s.periods().get(0).totalPence()).isEqualTo(16_545_205);
        assertThat(s.periods().get(1).totalPence()).isEqualTo(16_454_795);
        assertThat(line(s, gss)).isEqualTo(pence);
        assertThat(s.totalPence()).isEqualTo(33_000_000);
        assertSumsExact(s);
    }

    @Test
    void placesSoldReduceTheTotalBeforeItIsShared() {
        // £8,000,000.00 less 3 places sold × £500,000.00 = £6,500,000.00; ÷ 33 = 19,696,969.69p:
        // 19,696,969 each and 23p left → E09000001..E09000023 get 19,696,970
        FeeSchedule model = new FeeSchedule(FundingModel.SHARED_TOTAL, 0, LocalDate.of(2028, 4, 1), null);
        ContributionSchedule s = new ContributionCalculator(model, Map.of()).schedule(new FinancialYear(2028),
                LondonAuthorities.allFrom2023(), shared(800_000_000, 3, 50_000_000), null);
        assertThat(s.totalPence()).isEqualTo(650_000_000);
        assertThat(line(s, "E09000023")).isEqualTo(19_696_970);
        assertThat(line(s, "E09000024")).isEqualTo(19_696_969);
        assertSumsExact(s);
    }

    @ParameterizedTest(name = "{0}: A {2}p, B {3}p")
    @CsvSource(textBlock = """
            # basis  | equal % | A     | B     | by hand: 1,000p, weights A = 1, B = 3
              EQUAL    |       | 500   | 500   | 1,000 ÷ 2
              WEIGHTED |       | 250   | 750   | 1,000 × 1/4 and × 3/4
              MIXED    | 50    | 375   | 625   | 500 equally (250 + 250), 500 by weight (125 + 375)
            """, delimiter = '|')
    void sharingBases(SharingBasis basis, BigDecimal equalPercent, long a, long b) {
        SharedFunding f = new SharedFunding(2028, 1000, basis, equalPercent, "W", 24, 2, 0, 0);
        Map<String, Long> split = ContributionCalculator.splitPeriod(1000, List.of("A", "B"), f,
                Map.of("A", BigDecimal.ONE, "B", BigDecimal.valueOf(3)));
        assertThat(split).containsEntry("A", a).containsEntry("B", b);
    }

    /**
     * Seed 000: places sold to other authorities "could reduce the annual membership contribution", under every model.
     * Fixed fee, 31 members at £20,000.00 = £620,000.00, income £100,000.00: 10,000,000p ÷ 31 = 322,580.645p, so each
     * gets 322,580p and the 20p left go one each to the 20 lowest GSS codes (the remainders are equal). The 31 members
     * here are E09000003..E09000033, so E09000003..E09000022 get 322,581p off and pay 1,677,419p, and
     * E09000023..E09000033 get 322,580p off and pay 1,677,420p; total £520,000.00 to the penny.
     */
    @Test
    void incomeFromPlacesSoldReducesTheFixedFeeToThePenny() {
        List<MembershipWindow> windows = LondonAuthorities.allFrom2023().stream()
                .filter(w -> w.gssCode().compareTo("E09000003") >= 0).toList();
        List<IncomeReport> income = List.of(new IncomeReport("Secure Children's Home", 10_000_000, "2 places sold"));
        ContributionSchedule s = new ContributionCalculator(fixed(LocalDate.of(2028, 4, 1)), Map.of())
                .schedule(new FinancialYear(2028), windows, null, null, income);
        assertThat(s.lines()).hasSize(31);
        assertThat(s.totalPence()).isEqualTo(52_000_000);
        assertThat(line(s, "E09000003")).isEqualTo(1_677_419);
        assertThat(line(s, "E09000022")).isEqualTo(1_677_419);
        assertThat(line(s, "E09000023")).isEqualTo(1_677_420);
        assertThat(line(s, "E09000033")).isEqualTo(1_677_420);
        assertThat(s.lines().stream().mapToLong(ContributionLine::incomeOffsetPence).sum()).isEqualTo(10_000_000);
        assertThat(s.working()).anySatisfy(w -> assertThat(w).startsWith("Under the fixed fee the income reduces the fees:"
                + " £100,000.00 shared among the members in proportion to each member's fee"));
        assertSumsExact(s);
    }

    @Test
    void incomeAboveTheFeesReducesThemToNothingAndNoFurther() {
        List<MembershipWindow> one = LondonAuthorities.allFrom2023().subList(0, 1);
        ContributionSchedule s = new ContributionCalculator(fixed(LocalDate.of(2028, 4, 1)), Map.of())
                .schedule(new FinancialYear(2028), one, null, null, List.of(new IncomeReport("SCH", 2_500_000, "")));
        assertThat(s.totalPence()).isZero();
        assertThat(s.working()).anySatisfy(w -> assertThat(w).contains("Income of £5,000.00 above the fees is not used."));
    }

    /**
     * Shared total £8,000,000.00 less 3 × £500,000.00 = £6,500,000.00 ÷ 33: E09000001..E09000023 would pay 19,696,970p
     * and E09000024..E09000033 19,696,969p. £1,100,000.00 reported is shared in proportion to those shares:
     * 110,000,000 × 19,696,970 ÷ 650,000,000 = 3,333,333.46p and × 19,696,969 ÷ 650,000,000 = 3,333,333.29p; 3,333,333p
     * each leaves 11p, which go to the 11 largest remainders (the .46s, ties to the lower GSS code): E09000001..E09000011
     * have 3,333,334p off and pay 16,363,636p, E09000012..E09000023 have 3,333,333p off and pay 16,363,637p,
     * E09000024..E09000033 have 3,333,333p off and pay 16,363,636p. Offsets £1,100,000.00, total £5,400,000.00, each to
     * the penny: the same as taking the income off the total before sharing, with every member shown its share.
     */
    @Test
    void incomeReportedByAProgrammeReducesASharedTotalAndEachMemberSeesItsShare() {
        FeeSchedule model = new FeeSchedule(FundingModel.SHARED_TOTAL, 0, LocalDate.of(2028, 4, 1), null);
        ContributionSchedule s = new ContributionCalculator(model, Map.of()).schedule(new FinancialYear(2028),
                LondonAuthorities.allFrom2023(), shared(800_000_000, 3, 50_000_000), null,
                List.of(new IncomeReport("Secure Children's Home", 110_000_000, "2 places")));
        assertThat(s.totalPence()).isEqualTo(540_000_000);
        assertThat(line(s, "E09000011")).isEqualTo(16_363_636);
        assertThat(line(s, "E09000012")).isEqualTo(16_363_637);
        assertThat(line(s, "E09000023")).isEqualTo(16_363_637);
        assertThat(line(s, "E09000024")).isEqualTo(16_363_636);
        assertThat(offset(s, "E09000001")).isEqualTo(3_333_334);
        assertThat(offset(s, "E09000012")).isEqualTo(3_333_333);
        assertThat(s.lines()).allSatisfy(l -> assertThat(l.incomeOffsetPence()).isPositive());
        assertThat(s.lines().stream().mapToLong(ContributionLine::incomeOffsetPence).sum()).isEqualTo(110_000_000);
        assertThat(s.working()).anySatisfy(w -> assertThat(w).startsWith("Under a shared total the income reduces the shares, as if"
                + " taken off the total before it is shared: £1,100,000.00 shared among the members in proportion to each member's"
                + " share"));
        assertSumsExact(s);
    }

    /**
     * Every model, every sharing basis, members joining and leaving mid-year, odd amounts of income: each member's
     * offset is 0 or more, no more than it would have paid, and the offsets add up to the income used to the penny.
     */
    @ParameterizedTest(name = "{0} {1}, income {2}p")
    @CsvSource(textBlock = """
            FIXED_FEE    | EQUAL    | 1
            FIXED_FEE    | EQUAL    | 10000001
            SHARED_TOTAL | EQUAL    | 1
            SHARED_TOTAL | EQUAL    | 33
            SHARED_TOTAL | EQUAL    | 123456789
            SHARED_TOTAL | WEIGHTED | 7
            SHARED_TOTAL | WEIGHTED | 98765432
            SHARED_TOTAL | MIXED    | 55555555
            SHARED_TOTAL | MIXED    | 999999999999
            """, delimiter = '|')
    void offsetsUnderEveryModelAddUpToTheIncomeToThePenny(FundingModel modelKind, SharingBasis basis, long incomePence) {
        List<MembershipWindow> windows = new java.util.ArrayList<>(LondonAuthorities.allFrom2023());
        // one member leaves at the end of September, one joins on 1 November: three periods
        MembershipWindow leaver = windows.remove(0);
        windows.add(new MembershipWindow(leaver.gssCode(), leaver.name(), leaver.from(), LocalDate.of(2028, 9, 30)));
        windows.add(new MembershipWindow("E06000001", "Hartlepool", LocalDate.of(2028, 11, 1), null));
        Map<String, BigDecimal> weights = new java.util.TreeMap<>();
        for (int i = 0; i < windows.size(); i++) {
            weights.put(windows.get(i).gssCode(), BigDecimal.valueOf(1 + (i * 7) % 13));
        }
        FeeSchedule model = new FeeSchedule(modelKind, 2_000_000, LocalDate.of(2028, 4, 1), null);
        SharedFunding funding = new SharedFunding(2028, 800_000_000, basis, basis == SharingBasis.MIXED ? BigDecimal.valueOf(40) : null,
                basis == SharingBasis.EQUAL ? null : "W", 24, 2, 0, 0);
        ContributionSchedule without = new ContributionCalculator(model, Map.of()).schedule(new FinancialYear(2028), windows, funding,
                weights, List.of());
        ContributionSchedule s = new ContributionCalculator(model, Map.of()).schedule(new FinancialYear(2028), windows, funding, weights,
                List.of(new IncomeReport("Secure Children's Home", incomePence, "")));
        long used = Math.min(incomePence, without.totalPence());
        assertThat(s.lines().stream().mapToLong(ContributionLine::incomeOffsetPence).sum()).isEqualTo(used);
        assertThat(s.totalPence()).isEqualTo(without.totalPence() - used);
        for (ContributionLine l : s.lines()) {
            long before = without.lines().stream().filter(w -> w.gssCode().equals(l.gssCode())).findFirst().orElseThrow().totalPence();
            assertThat(l.incomeOffsetPence()).as(l.gssCode()).isBetween(0L, before);
            assertThat(l.totalPence()).as(l.gssCode()).isEqualTo(before - l.incomeOffsetPence());
            if (incomePence >= 100 * s.lines().size() && before > 0) {
                assertThat(l.incomeOffsetPence()).as("every paying member gets a share: " + l.gssCode()).isPositive();
            }
        }
        assertSumsExact(s);
    }

    private static long offset(ContributionSchedule s, String gss) {
        return s.lines().stream().filter(l -> l.gssCode().equals(gss)).findFirst().orElseThrow().incomeOffsetPence();
    }

    static void assertSumsExact(ContributionSchedule s) {
        assertThat(s.lines().stream().mapToLong(ContributionLine::totalPence).sum()).isEqualTo(s.totalPence());
        assertThat(s.periods().stream().mapToLong(p -> p.totalPence()).sum()).isEqualTo(s.totalPence());
        for (ContributionLine l : s.lines()) {
            assertThat(l.periodPence().stream().mapToLong(Long::longValue).sum()).isEqualTo(l.totalPence());
        }
    }
}
