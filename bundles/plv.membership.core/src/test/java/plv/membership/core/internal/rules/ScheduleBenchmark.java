package plv.membership.core.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import plv.membership.api.ContributionSchedule;
import plv.membership.api.FeeSchedule;
import plv.membership.api.FundingModel;
import plv.membership.api.IndexMethod;
import plv.membership.api.Indexation;
import plv.membership.api.SharedFunding;
import plv.membership.api.SharingBasis;
import plv.platform.api.time.FinancialYear;

/**
 * Benchmark (run by bench/membership-schedule.sh): recomputes the full contributions schedule of the 33 authorities
 * over 15 financial years (2028-29 to 2042-43) with 3 joins/leaves and a monthly CPI series, under the fixed fee with
 * year-on-year capped indexation and under a mixed equal/weighted shared total. Prints the time per full recompute
 * after warm-up.
 */
public final class ScheduleBenchmark {

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        List<MembershipWindow> windows = new ArrayList<>(LondonAuthorities.allFrom2023());
        // three joins/leaves: one leaves at the first break, one at the first renewal break, one joins late
        windows.replaceAll(w -> switch (w.gssCode()) {
            case "E09000010" -> new MembershipWindow(w.gssCode(), w.name(), w.from(), LocalDate.of(2026, 3, 31));
            case "E09000020" -> new MembershipWindow(w.gssCode(), w.name(), w.from(), LocalDate.of(2033, 3, 31));
            case "E09000030" -> new MembershipWindow(w.gssCode(), w.name(), LocalDate.of(2029, 10, 1), null);
            default -> w;
        });
        Map<YearMonth, BigDecimal> cpi = new HashMap<>();
        BigDecimal v = new BigDecimal("126.4");
        for (YearMonth m = YearMonth.of(2023, 1); !m.isAfter(YearMonth.of(2043, 12)); m = m.plusMonths(1)) {
            cpi.put(m, v);
            v = v.multiply(new BigDecimal("1.0025")).setScale(1, RoundingMode.HALF_UP);
        }
        Map<String, BigDecimal> weights = new HashMap<>();
        windows.forEach(w -> weights.put(w.gssCode(), BigDecimal.valueOf(100 + Integer.parseInt(w.gssCode().substring(7)) * 7L)));
        FeeSchedule fixed = new FeeSchedule(FundingModel.FIXED_FEE, 2_000_000, LocalDate.of(2028, 4, 1),
                new Indexation("CPI", Month.JANUARY, IndexMethod.YEAR_ON_YEAR, null, new BigDecimal("2.5"), BigDecimal.ZERO));
        FeeSchedule shared = new FeeSchedule(FundingModel.SHARED_TOTAL, 0, LocalDate.of(2028, 4, 1), null);

        long[] times = new long[runs];
        long checksum = 0;
        for (int i = 0; i < warmup + runs; i++) {
            long t0 = System.nanoTime();
            long sum = recompute(windows, cpi, weights, fixed, shared);
            long t = System.nanoTime() - t0;
            if (i >= warmup) {
                times[i - warmup] = t;
            }
            checksum = sum;
        }
        Arrays.sort(times);
        System.out.printf("membership schedule: 33 members x 15 years x 2 funding models, 3 joins/leaves, monthly CPI%n");
        System.out.printf("warm-up %d, measured %d runs: median %.2f ms, p95 %.2f ms, min %.2f ms (checksum %d pence)%n",
                warmup, runs, times[runs / 2] / 1e6, times[(int) (runs * 0.95)] / 1e6, times[0] / 1e6, checksum);
    }

    static long recompute(List<MembershipWindow> windows, Map<YearMonth, BigDecimal> cpi, Map<String, BigDecimal> weights,
            FeeSchedule fixed, FeeSchedule shared) {
        long total = 0;
        ContributionCalculator fixedCalc = new ContributionCalculator(fixed, cpi);
        ContributionCalculator sharedCalc = new ContributionCalculator(shared, cpi);
        for (int y = 2028; y < 2028 + 15; y++) {
            FinancialYear fy = new FinancialYear(y);
            ContributionSchedule a = fixedCalc.schedule(fy, windows, null, null);
            SharedFunding f = new SharedFunding(y, 800_000_000L + y, SharingBasis.MIXED, new BigDecimal("40"), "W", 24, 2, 3,
                    50_000_000);
            ContributionSchedule b = sharedCalc.schedule(fy, windows, f, weights);
            total += a.totalPence() + b.totalPence();
        }
        return total;
    }
}
