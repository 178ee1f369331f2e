package plv.membership.core.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import plv.membership.api.ContributionLine;
import plv.membership.api.ContributionSchedule;
import plv.membership.api.FeeSchedule;
import plv.membership.api.FundingModel;
import plv.membership.api.IncomeReport;
import plv.membership.api.SchedulePeriod;
import plv.membership.api.SharedFunding;
import plv.membership.api.SharingBasis;
import plv.platform.api.money.Money;
import plv.platform.api.time.FinancialYear;

/**
 * Works out the contributions of one financial year.
 * <ul>
 * <li>Charging starts on the later of 1 April and the trigger date. The year is cut into periods at every joining date
 * and the day after every leaving date, so the members of a period do not change.</li>
 * <li>FIXED_FEE: each member pays annual fee × days as member ÷ days in the financial year (365 or 366), rounded to the
 * penny half up; its amount is split over its periods by days with the largest remainder rule.</li>
 * <li>SHARED_TOTAL: the total less income from places sold is split over the periods that have members by days, then
 * each period's amount among its members (equal, weighted, or a stated percentage equal and the rest weighted), each
 * split by the largest remainder rule with ties to the lower GSS code. Every split adds up exactly.</li>
 * <li>Income from places sold to non-members (seed 000: it "could reduce the annual membership contribution")
 * reduces the contributions under every model by one rule: it is shared among the members in proportion to what each
 * would otherwise pay (its fee, or its share of the total), by the largest remainder rule, never below nothing. Each
 * member's line shows its share ({@code incomeOffsetPence}); the shares add up to the income used to the penny. Under
 * a shared total this is taking the income off the total before sharing, with the pennies settled once.</li>
 * </ul>
 */
public final class ContributionCalculator {

    private final FeeSchedule schedule;
    private final Map<YearMonth, BigDecimal> index;

    public ContributionCalculator(FeeSchedule schedule, Map<YearMonth, BigDecimal> index) {
        this.schedule = schedule;
        this.index = index;
    }

    /**
     * @param year    the financial year
     * @param windows every member's membership
     * @param funding the year's shared funding figures (needed for SHARED_TOTAL, else ignored)
     * @param weights the weights by GSS code for WEIGHTED and MIXED sharing (else ignored)
     */
    public ContributionSchedule schedule(FinancialYear year, List<MembershipWindow> windows, SharedFunding funding,
            Map<String, BigDecimal> weights) {
        return schedule(year, windows, funding, weights, List.of());
    }

    /**
     * @param year    the financial year
     * @param windows every member's membership
     * @param funding the year's shared funding figures (needed for SHARED_TOTAL, else ignored)
     * @param weights the weights by GSS code for WEIGHTED and MIXED sharing (else ignored)
     * @param income  income from places sold to non-members in the year, as reported by the programmes
     */
    public ContributionSchedule schedule(FinancialYear year, List<MembershipWindow> windows, SharedFunding funding,
            Map<String, BigDecimal> weights, List<IncomeReport> income) {
        List<String> working = new ArrayList<>();
        working.add("Financial year " + year.label() + ": " + year.start() + " to " + year.end() + ", " + year.days()
                + " days.");
        FundingModel model = schedule.model();
        if (schedule.triggerDate() == null || schedule.triggerDate().isAfter(year.end())) {
            working.add("Nothing is due: contributions start on the trigger date ("
                    + (schedule.triggerDate() == null ? "not set yet" : schedule.triggerDate()) + ").");
            return new ContributionSchedule(year.startYear(), year.start(), year.end(), model, List.of(), List.of(), 0,
                    working);
        }
        LocalDate chargeStart = schedule.triggerDate().isAfter(year.start()) ? schedule.triggerDate() : year.start();
        if (chargeStart.isAfter(year.start())) {
            working.add("Contributions start on the trigger date " + chargeStart + ".");
        }
        List<LocalDate[]> periods = periods(chargeStart, year.end(), windows);
        Map<String, MembershipWindow> byGss = new TreeMap<>();
        windows.forEach(w -> byGss.put(w.gssCode(), w));
        // members present in each period, by GSS code
        List<List<String>> present = new ArrayList<>();
        for (LocalDate[] p : periods) {
            List<String> in = new ArrayList<>();
            byGss.values().stream().filter(w -> w.covers(p[0])).forEach(w -> in.add(w.gssCode()));
            present.add(in);
        }
        Map<String, long[]> amounts = new TreeMap<>();
        Map<String, Long> offsets = new TreeMap<>();
        long reported = income.stream().mapToLong(IncomeReport::incomePence).sum();
        if (model == FundingModel.FIXED_FEE) {
            fixedFee(year, periods, present, amounts, working);
            offsets = offsetInProportion(amounts, income, reported, working, "Under the fixed fee the income reduces the fees",
                    "fee", "fees");
        } else {
            shared(year, periods, present, funding, weights, amounts, working);
            offsets = offsetInProportion(amounts, income, reported, working,
                    "Under a shared total the income reduces the shares, as if taken off the total before it is shared", "share",
                    "shares");
        }
        return assemble(model, year, periods, present, byGss, amounts, offsets, working);
    }

    private static String incomeText(List<IncomeReport> income, long reported) {
        StringBuilder b = new StringBuilder("Income from places sold to non-members in the year: " + Money.format(reported));
        for (IncomeReport r : income) {
            b.append("; ").append(r.source()).append(" ").append(Money.format(r.incomePence()))
                    .append(r.basis() == null || r.basis().isBlank() ? "" : " (" + r.basis() + ")");
        }
        return b.append('.').toString();
    }

    /**
     * Every model: the income reduces what the members would otherwise pay in proportion to each member's amount for
     * the year (under the fixed fee a member that paid for half the year gets half a full member's reduction), shared
     * by the largest remainder rule; a member's reduced amount is split again over its periods in proportion to what it
     * owed in each. The reduction never exceeds the amounts: income above them is not used this year. Each offset is
     * 0 or more and at most the member's amount, and the offsets add up to the income used exactly.
     */
    static Map<String, Long> offsetInProportion(Map<String, long[]> amounts, List<IncomeReport> income, long reported,
            List<String> working, String rule, String noun, String plural) {
        Map<String, Long> offsets = new TreeMap<>();
        if (reported == 0) {
            return offsets;
        }
        working.add(incomeText(income, reported));
        Map<String, BigDecimal> gross = new TreeMap<>();
        long grossTotal = 0;
        for (Map.Entry<String, long[]> e : amounts.entrySet()) {
            long g = java.util.Arrays.stream(e.getValue()).sum();
            if (g > 0) {
                gross.put(e.getKey(), BigDecimal.valueOf(g));
                grossTotal += g;
            }
        }
        if (grossTotal == 0) {
            working.add("Nothing is due from the members in the year, so the income reduces nothing.");
            return offsets;
        }
        long used = Math.min(reported, grossTotal);
        working.add(rule + ": " + Money.format(used) + " shared among the members"
                + " in proportion to each member's " + noun + " for the year (largest remainder rule, ties to the lower GSS code)"
                + ": " + plural + " " + Money.format(grossTotal) + " less " + Money.format(used) + " = "
                + Money.format(grossTotal - used) + "."
                + (used < reported ? " Income of " + Money.format(reported - used) + " above the " + plural + " is not used." : ""));
        offsets.putAll(LargestRemainder.share(used, gross));
        for (Map.Entry<String, Long> o : offsets.entrySet()) {
            long[] row = amounts.get(o.getKey());
            long net = java.util.Arrays.stream(row).sum() - o.getValue();
            Map<Integer, BigDecimal> byPeriod = new TreeMap<>();
            for (int p = 0; p < row.length; p++) {
                if (row[p] > 0) {
                    byPeriod.put(p, BigDecimal.valueOf(row[p]));
                }
            }
            long[] reduced = new long[row.length];
            LargestRemainder.share(net, byPeriod).forEach((p, v) -> reduced[p] = v);
            amounts.put(o.getKey(), reduced);
        }
        return offsets;
    }

    private static List<LocalDate[]> periods(LocalDate start, LocalDate end, List<MembershipWindow> windows) {
        TreeSet<LocalDate> cuts = new TreeSet<>();
        cuts.add(start);
        for (MembershipWindow w : windows) {
            if (w.from().isAfter(start) && !w.from().isAfter(end)) {
                cuts.add(w.from());
            }
            if (w.to() != null && !w.to().isBefore(start) && w.to().isBefore(end)) {
                cuts.add(w.to().plusDays(1));
            }
        }
        List<LocalDate> list = new ArrayList<>(cuts);
        List<LocalDate[]> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            LocalDate to = i + 1 < list.size() ? list.get(i + 1).minusDays(1) : end;
            out.add(new LocalDate[] { list.get(i), to });
        }
        return out;
    }

    private void fixedFee(FinancialYear year, List<LocalDate[]> periods, List<List<String>> present,
            Map<String, long[]> amounts, List<String> working) {
        IndexUplift.YearFee fee = new IndexUplift(schedule, index).feeFor(year);
        working.addAll(fee.working());
        working.add("Each member pays " + Money.format(fee.annualPence()) + " × days as member ÷ " + year.days()
                + ", rounded to the penny (half up).");
        Map<String, Map<Integer, BigDecimal>> daysByMember = new TreeMap<>();
        for (int p = 0; p < periods.size(); p++) {
            int days = FinancialYear.daysInclusive(periods.get(p)[0], periods.get(p)[1]);
            for (String gss : present.get(p)) {
                daysByMember.computeIfAbsent(gss, k -> new TreeMap<>()).put(p, BigDecimal.valueOf(days));
            }
        }
        for (Map.Entry<String, Map<Integer, BigDecimal>> e : daysByMember.entrySet()) {
            int days = e.getValue().values().stream().mapToInt(BigDecimal::intValue).sum();
            long amount = Pence.proRata(fee.annualPence(), days, year.days());
            long[] row = new long[periods.size()];
            LargestRemainder.share(amount, e.getValue()).forEach((p, v) -> row[p] = v);
            amounts.put(e.getKey(), row);
        }
    }

    private static void shared(FinancialYear year, List<LocalDate[]> periods, List<List<String>> present,
            SharedFunding funding, Map<String, BigDecimal> weights, Map<String, long[]> amounts, List<String> working) {
        if (funding == null) {
            throw new IllegalArgumentException("no shared funding figures for " + year.label());
        }
        long net = funding.netPence();
        working.add("Total to fund " + Money.format(funding.totalCostPence()) + " less income from "
                + funding.placesSold() + " places sold × " + Money.format(funding.pricePerPlacePence()) + " = "
                + Money.format(funding.incomePence()) + ": " + Money.format(net) + " ("
                + funding.emergencyPlaces() + " of " + funding.places() + " places held back for emergencies).");
        Map<Integer, BigDecimal> periodDays = new TreeMap<>();
        for (int p = 0; p < periods.size(); p++) {
            if (!present.get(p).isEmpty()) {
                periodDays.put(p, BigDecimal.valueOf(FinancialYear.daysInclusive(periods.get(p)[0], periods.get(p)[1])));
            }
        }
        if (periodDays.isEmpty()) {
            working.add("No members in the year: nothing shared.");
            return;
        }
        Map<Integer, Long> periodTotals = LargestRemainder.share(Math.max(0, net), periodDays);
        working.add("The amount is split over the periods by days, then each period among its members; every split uses"
                + " the largest remainder rule (spare pennies to the largest remainders, ties to the lower GSS code).");
        for (Map.Entry<Integer, Long> pt : periodTotals.entrySet()) {
            int p = pt.getKey();
            Map<String, Long> split = splitPeriod(pt.getValue(), present.get(p), funding, weights);
            split.forEach((gss, v) -> amounts.computeIfAbsent(gss, k -> new long[periods.size()])[p] = v);
        }
    }

    static Map<String, Long> splitPeriod(long total, List<String> members, SharedFunding funding,
            Map<String, BigDecimal> weights) {
        SharingBasis basis = funding.basis();
        if (basis == SharingBasis.EQUAL) {
            return LargestRemainder.equal(total, members);
        }
        Map<String, BigDecimal> w = new LinkedHashMap<>();
        for (String gss : members) {
            BigDecimal v = weights == null ? null : weights.get(gss);
            if (v == null) {
                throw new IllegalArgumentException("weighting " + funding.weightingCode() + " has no weight for " + gss);
            }
            w.put(gss, v);
        }
        if (basis == SharingBasis.WEIGHTED) {
            return LargestRemainder.share(total, w);
        }
        long equalPart = Pence.round(BigDecimal.valueOf(total).multiply(funding.equalPercent())
                .divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP));
        Map<String, Long> out = new TreeMap<>(LargestRemainder.equal(equalPart, members));
        LargestRemainder.share(total - equalPart, w).forEach((k, v) -> out.merge(k, v, Long::sum));
        return out;
    }

    private static ContributionSchedule assemble(FundingModel model, FinancialYear year, List<LocalDate[]> periods,
            List<List<String>> present, Map<String, MembershipWindow> byGss, Map<String, long[]> amounts,
            Map<String, Long> offsets, List<String> working) {
        List<SchedulePeriod> ps = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            long sum = 0;
            for (long[] row : amounts.values()) {
                sum += row[p];
            }
            ps.add(new SchedulePeriod(periods.get(p)[0], periods.get(p)[1],
                    FinancialYear.daysInclusive(periods.get(p)[0], periods.get(p)[1]), present.get(p).size(), sum));
        }
        List<ContributionLine> lines = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, long[]> e : amounts.entrySet()) {
            long[] row = e.getValue();
            long lineTotal = 0;
            int days = 0;
            List<Long> values = new ArrayList<>();
            for (int p = 0; p < row.length; p++) {
                lineTotal += row[p];
                values.add(row[p]);
                if (present.get(p).contains(e.getKey())) {
                    days += ps.get(p).days();
                }
            }
            lines.add(new ContributionLine(e.getKey(), byGss.get(e.getKey()).name(), days, values, lineTotal,
                    offsets.getOrDefault(e.getKey(), 0L)));
            total += lineTotal;
        }
        working.add("Total " + Money.format(total) + " from " + lines.size() + " members.");
        return new ContributionSchedule(year.startYear(), year.start(), year.end(), model, ps, lines, total, working);
    }
}
