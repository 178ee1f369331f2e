package plv.programme.sch.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import plv.platform.api.time.FinancialYear;

/**
 * Occupancy worked out from stays: a place is occupied on a day when a stay covers it (both ends inclusive; a stay
 * without an end runs to the last day asked about). Occupancy over a period = occupied place-days ÷ (places × days).
 * One pass with a difference array: 10 years of days for 28 places costs microseconds.
 */
public final class Occupancy {

    /** A stay as occupancy sees it: the council and its sub-region (null outside London), and the days. */
    public record Stay(LocalDate from, LocalDate to, String councilGss, String councilName, String subRegion, boolean member) {
    }

    /** A line of a breakdown: occupied place-days, the days of the period, the percentage of capacity. */
    public record Line(String key, String label, LocalDate from, LocalDate to, long placeDays, long capacityDays, double percent) {
    }

    private final LocalDate from;
    private final int[] daily;
    private final int places;
    private final List<Stay> stays;

    private Occupancy(LocalDate from, int[] daily, int places, List<Stay> stays) {
        this.from = from;
        this.daily = daily;
        this.places = places;
        this.stays = stays;
    }

    /** Occupancy of {@code places} places from {@code from} to {@code to} (inclusive). */
    public static Occupancy of(List<Stay> stays, int places, LocalDate from, LocalDate to) {
        int n = FinancialYear.daysInclusive(from, to);
        int[] diff = new int[n + 1];
        for (Stay s : stays) {
            LocalDate a = s.from().isBefore(from) ? from : s.from();
            LocalDate b = s.to() == null || s.to().isAfter(to) ? to : s.to();
            if (b.isBefore(a)) {
                continue;
            }
            diff[(int) ChronoUnit.DAYS.between(from, a)]++;
            diff[(int) ChronoUnit.DAYS.between(from, b) + 1]--;
        }
        int[] daily = new int[n];
        int run = 0;
        for (int i = 0; i < n; i++) {
            run += diff[i];
            daily[i] = run;
        }
        return new Occupancy(from, daily, places, stays);
    }

    public int days() {
        return daily.length;
    }

    /** Places occupied on {@code day} (0 outside the range). */
    public int on(LocalDate day) {
        long i = ChronoUnit.DAYS.between(from, day);
        return i < 0 || i >= daily.length ? 0 : daily[(int) i];
    }

    public LocalDate to() {
        return from.plusDays(daily.length - 1L);
    }

    /** Occupied place-days from {@code a} to {@code b}, clipped to the range. */
    public long placeDays(LocalDate a, LocalDate b) {
        int i = (int) Math.max(0, ChronoUnit.DAYS.between(from, a));
        int j = (int) Math.min(daily.length - 1L, ChronoUnit.DAYS.between(from, b));
        long sum = 0;
        for (int k = i; k <= j; k++) {
            sum += daily[k];
        }
        return sum;
    }

    /** The whole range as one line. */
    public Line total() {
        return line("all", "Whole period", from, to());
    }

    /** One line per calendar month (part months at the ends). */
    public List<Line> byMonth() {
        List<Line> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to()); m = m.plusMonths(1)) {
            LocalDate a = max(m.atDay(1), from);
            LocalDate b = min(m.atEndOfMonth(), to());
            out.add(line(m.toString(), m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK) + " " + m.getYear(), a, b));
        }
        return out;
    }

    /** One line per financial year (part years at the ends). */
    public List<Line> byFinancialYear() {
        List<Line> out = new ArrayList<>();
        for (FinancialYear y = FinancialYear.containing(from); !y.start().isAfter(to()); y = y.next()) {
            out.add(line(y.label(), y.label(), max(y.start(), from), min(y.end(), to())));
        }
        return out;
    }

    /** Occupied place-days by sub-region (non-London councils as "Outside London"), share of capacity. */
    public List<Line> bySubRegion() {
        return grouped(s -> s.subRegion() == null ? "OUTSIDE" : s.subRegion(), s -> s.subRegion() == null ? "Outside London"
                : plv.membership.api.SubRegion.valueOf(s.subRegion()).label());
    }

    /** Occupied place-days by council. */
    public List<Line> byCouncil() {
        return grouped(Stay::councilGss, Stay::councilName);
    }

    private List<Line> grouped(Function<Stay, String> key, Function<Stay, String> label) {
        Map<String, long[]> days = new TreeMap<>();
        Map<String, String> labels = new TreeMap<>();
        LocalDate to = to();
        for (Stay s : stays) {
            LocalDate a = max(s.from(), from);
            LocalDate b = s.to() == null ? to : min(s.to(), to);
            if (b.isBefore(a)) {
                continue;
            }
            String k = key.apply(s);
            labels.putIfAbsent(k, label.apply(s));
            days.computeIfAbsent(k, x -> new long[1])[0] += FinancialYear.daysInclusive(a, b);
        }
        long capacity = (long) places * daily.length;
        List<Line> out = new ArrayList<>();
        days.forEach((k, d) -> out.add(new Line(k, labels.get(k), from, to, d[0], capacity, percent(d[0], capacity))));
        out.sort((x, y) -> Long.compare(y.placeDays(), x.placeDays()));
        return out;
    }

    private Line line(String key, String label, LocalDate a, LocalDate b) {
        long used = placeDays(a, b);
        long capacity = (long) places * FinancialYear.daysInclusive(a, b);
        return new Line(key, label, a, b, used, capacity, percent(used, capacity));
    }

    static double percent(long used, long capacity) {
        return capacity == 0 ? 0 : Math.round(1000.0 * used / capacity) / 10.0;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
