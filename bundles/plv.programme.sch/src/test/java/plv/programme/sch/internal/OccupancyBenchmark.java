package plv.programme.sch.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import plv.membership.api.ContributionLine;
import plv.membership.api.ContributionSchedule;
import plv.membership.api.FeeSchedule;
import plv.membership.api.FundingModel;
import plv.membership.api.IncomeReport;
import plv.membership.api.SharedFunding;
import plv.membership.api.SharingBasis;
import plv.membership.core.internal.rules.ContributionCalculator;
import plv.membership.core.internal.rules.MembershipWindow;
import plv.platform.api.money.Money;
import plv.platform.api.time.FinancialYear;

/**
 * bench/sch-occupancy.sh: occupancy and offsets over 10 years of daily data for 28 places (aim: under 100 ms). Ten
 * financial years from 1 April 2028 of stays in every place (30 to 180 days each, a few days empty between, one stay
 * in five sold to a non-member), weekly prices rising 3% each April. One run works out occupancy by day over the ten
 * years with every breakdown (month, financial year, sub-region, council), the income from places sold in each of the
 * ten years, and each year's offsets for 33 members under the fixed fee and under an equally shared total, checking
 * that the offsets add up to the income to the penny. Prints the figures and the median and worst time of the timed
 * runs after warm-up.
 */
public final class OccupancyBenchmark {

    static final LocalDate START = LocalDate.of(2028, 4, 1);
    static final int YEARS = 10;
    static final String[] REGIONS = { "NCL", "NEL", "SEL", "SWL", "NWL" };

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        List<Occupancy.Stay> stays = stays();
        Prices prices = prices();
        List<MembershipWindow> members = members();
        long t0 = System.nanoTime();
        Result first = run(stays, prices, members);
        long cold = System.nanoTime() - t0;
        for (int i = 0; i < warmup; i++) {
            run(stays, prices, members);
        }
        long[] times = new long[runs];
        Result r = first;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            r = run(stays, prices, members);
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        System.out.printf(Locale.UK, "Data: %d stays in 28 places over %d days (%s to %s)%n", stays.size(), r.days, START,
                START.plusYears(YEARS).minusDays(1));
        System.out.printf(Locale.UK, "Occupancy over 10 years: %.1f%% (%d place-days); %d months, %d financial years, %d sub-regions, %d councils%n",
                r.percent, r.placeDays, r.months, r.years, r.regions, r.councils);
        System.out.printf(Locale.UK, "Income from places sold, 10 years: %s; offsets (fixed fee) %s; offsets (shared total) %s: %s%n",
                Money.format(r.income), Money.format(r.fixedOffsets), Money.format(r.sharedOffsets),
                r.income == r.fixedOffsets && r.income == r.sharedOffsets ? "equal to the penny" : "NOT EQUAL");
        System.out.printf(Locale.UK, "First (cold) run: %.1f ms; after %d warm-up runs, %d timed: median %.2f ms, worst %.2f ms (aim: under 100 ms)%n",
                cold / 1e6, warmup, runs, times[runs / 2] / 1e6, times[runs - 1] / 1e6);
        if (r.income != r.fixedOffsets || r.income != r.sharedOffsets) {
            System.exit(1);
        }
    }

    record Result(int days, long placeDays, double percent, int months, int years, int regions, int councils, long income, long fixedOffsets,
            long sharedOffsets) {
    }

    static Result run(List<Occupancy.Stay> stays, Prices prices, List<MembershipWindow> members) {
        LocalDate end = START.plusYears(YEARS).minusDays(1);
        Occupancy o = Occupancy.of(stays, SchHome.PLACES, START, end);
        int months = o.byMonth().size();
        int years = o.byFinancialYear().size();
        int regions = o.bySubRegion().size();
        int councils = o.byCouncil().size();
        long income = 0;
        long fixedOffsets = 0;
        long sharedOffsets = 0;
        FeeSchedule fixed = new FeeSchedule(FundingModel.FIXED_FEE, 20_000_000, START, null); // £200,000 a member: above each year's income
        FeeSchedule shared = new FeeSchedule(FundingModel.SHARED_TOTAL, 0, START, null);
        for (int y = 0; y < YEARS; y++) {
            FinancialYear fy = new FinancialYear(START.getYear() + y);
            long pence = SchHome.sales(stays, prices, fy, end).stream().mapToLong(SchHome.Sale::pence).sum();
            income += pence;
            List<IncomeReport> report = List.of(new IncomeReport(SchIncome.SOURCE, pence, ""));
            fixedOffsets += offsets(new ContributionCalculator(fixed, Map.of()).schedule(fy, members, null, null, report));
            SharedFunding funding = new SharedFunding(fy.startYear(), 1_500_000_000L, SharingBasis.EQUAL, null, null, 24, 2, 0, 0);
            sharedOffsets += offsets(new ContributionCalculator(shared, Map.of()).schedule(fy, members, funding, null, report));
        }
        return new Result(o.days(), o.total().placeDays(), o.total().percent(), months, years, regions, councils, income, fixedOffsets,
                sharedOffsets);
    }

    private static long offsets(ContributionSchedule s) {
        return s.lines().stream().mapToLong(ContributionLine::incomeOffsetPence).sum();
    }

    static List<Occupancy.Stay> stays() {
        Random random = new Random(28);
        List<Occupancy.Stay> out = new ArrayList<>();
        LocalDate end = START.plusYears(YEARS);
        for (int place = 0; place < SchHome.PLACES; place++) {
            LocalDate d = START.plusDays(random.nextInt(10));
            while (d.isBefore(end)) {
                int len = 30 + random.nextInt(151);
                boolean member = random.nextInt(5) != 0;
                int council = random.nextInt(32) + 1;
                String gss = member ? String.format("E090000%02d", council) : "E100000" + (10 + council % 20);
                LocalDate to = d.plusDays(len - 1L);
                out.add(new Occupancy.Stay(d, to.isBefore(end) ? to : null, gss, gss, member ? REGIONS[council % 5] : null, member));
                d = to.plusDays(1 + random.nextInt(10));
            }
        }
        return out;
    }

    static Prices prices() {
        List<Prices.Price> list = new ArrayList<>();
        long member = 700_000;
        long non = 805_000;
        for (int y = 0; y < YEARS; y++) {
            list.add(new Prices.Price(START.plusYears(y), member, non));
            member = Math.round(member * 1.03);
            non = Math.round(non * 1.03);
        }
        return new Prices(list);
    }

    static List<MembershipWindow> members() {
        List<MembershipWindow> out = new ArrayList<>();
        for (int i = 1; i <= 33; i++) {
            String gss = String.format("E090000%02d", i);
            out.add(new MembershipWindow(gss, "Council " + i, LocalDate.of(2023, 4, 1), null));
        }
        return out;
    }
}
