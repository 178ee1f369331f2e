package plv.programme.sch.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import plv.platform.api.time.FinancialYear;

/**
 * Weekly prices, effective-dated, and what a stay costs: for each run of days under one price, weekly price × days ÷ 7
 * rounded to the penny (half up). Days before the first price cost nothing (and are reported as unpriced).
 */
public final class Prices {

    /** A price from a date: members' and non-members' weekly price in pence. */
    public record Price(LocalDate effectiveFrom, long memberWeeklyPence, long nonMemberWeeklyPence) {
    }

    private final List<Price> prices;

    /** {@code prices} in any order. */
    public Prices(List<Price> prices) {
        this.prices = prices.stream().sorted(java.util.Comparator.comparing(Price::effectiveFrom)).toList();
    }

    public List<Price> all() {
        return prices;
    }

    /** The price in force on {@code day}, or null. */
    public Price on(LocalDate day) {
        Price p = null;
        for (Price x : prices) {
            if (!x.effectiveFrom().isAfter(day)) {
                p = x;
            }
        }
        return p;
    }

    /** The charge for the days {@code from}..{@code to} (inclusive) at the member or non-member price. */
    public long charge(LocalDate from, LocalDate to, boolean member) {
        long total = 0;
        LocalDate a = from;
        while (!a.isAfter(to)) {
            Price p = on(a);
            LocalDate next = to.plusDays(1);
            for (Price x : prices) {
                if (x.effectiveFrom().isAfter(a) && x.effectiveFrom().isBefore(next)) {
                    next = x.effectiveFrom();
                }
            }
            LocalDate b = next.minusDays(1);
            if (p != null) {
                long weekly = member ? p.memberWeeklyPence() : p.nonMemberWeeklyPence();
                total += BigDecimal.valueOf(weekly).multiply(BigDecimal.valueOf(FinancialYear.daysInclusive(a, b)))
                        .divide(BigDecimal.valueOf(7), 0, RoundingMode.HALF_UP).longValueExact();
            }
            a = next;
        }
        return total;
    }
}
