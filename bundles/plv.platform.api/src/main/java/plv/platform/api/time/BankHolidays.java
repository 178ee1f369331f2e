package plv.platform.api.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The bank holidays of England and Wales: the standing days of the Banking and Financial Dealings Act 1971 (Schedule
 * 1: Easter Monday, the last Monday in August, 26 December or the 27th/28th when it falls at a weekend) and those
 * appointed every year by royal proclamation under s.1(3) (New Year's Day, Good Friday, Christmas Day, the first
 * and last Mondays in May, each with its weekday substitute), plus the one-off changes a proclamation makes:
 * <ul>
 * <li>moved: 8 May 1995 (VE Day 50), 4 June 2002, 4 June 2012, 8 May 2020 (VE Day 75), 2 June 2022;</li>
 * <li>extra: 31 December 1999, 3 June 2002, 29 April 2011, 5 June 2012, 3 June 2022, 19 September 2022 (the State
 * Funeral), 8 May 2023 (the Coronation).</li>
 * </ul>
 * A future proclamation needs no new code: {@link #withChanges} adds extra and moved days from configuration. Source:
 * gov.uk/bank-holidays; see {@code docs/rules/calendar.md}.
 */
public final class BankHolidays {

    private static final Set<LocalDate> KNOWN_EXTRA = Set.of(
        LocalDate.of(1999, 12, 31), LocalDate.of(2002, 6, 3), LocalDate.of(2011, 4, 29), LocalDate.of(2012, 6, 5),
        LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19), LocalDate.of(2023, 5, 8));
    private static final Map<LocalDate, LocalDate> KNOWN_MOVED = Map.of(
        LocalDate.of(1995, 5, 1), LocalDate.of(1995, 5, 8),
        LocalDate.of(2002, 5, 27), LocalDate.of(2002, 6, 4),
        LocalDate.of(2012, 5, 28), LocalDate.of(2012, 6, 4),
        LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8),
        LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2));

    private static final BankHolidays ENGLAND_AND_WALES = new BankHolidays(KNOWN_EXTRA, KNOWN_MOVED);

    private final Set<LocalDate> extra;
    private final Map<LocalDate, LocalDate> moved;
    private final Map<Integer, SortedSet<LocalDate>> byYear = new java.util.concurrent.ConcurrentHashMap<>();

    private BankHolidays(Set<LocalDate> extra, Map<LocalDate, LocalDate> moved) {
        this.extra = Set.copyOf(extra);
        this.moved = Map.copyOf(moved);
    }

    /** The calendar of England and Wales with every one-off change proclaimed so far. */
    public static BankHolidays englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    /**
     * This calendar with further one-off changes, e.g. from configuration: {@code extra} as ISO dates
     * ({@code 2023-05-08}), {@code moved} as {@code standing>replacement} ({@code 2020-05-04>2020-05-08}). A malformed
     * entry is refused with a message that names it and shows the form.
     */
    public BankHolidays withChanges(Collection<String> extraDays, Collection<String> movedDays) {
        Set<LocalDate> e = new HashSet<>(extra);
        for (String d : extraDays == null ? Set.<String>of() : extraDays) {
            if (d != null && !d.isBlank()) {
                e.add(date(d, "extra bank holiday"));
            }
        }
        Map<LocalDate, LocalDate> m = new HashMap<>(moved);
        for (String d : movedDays == null ? Set.<String>of() : movedDays) {
            if (d == null || d.isBlank()) {
                continue;
            }
            String[] parts = d.split(">");
            if (parts.length != 2) {
                throw new IllegalArgumentException("moved bank holiday '" + d
                    + "' must read standing>replacement, e.g. 2020-05-04>2020-05-08");
            }
            m.put(date(parts[0], "moved bank holiday"), date(parts[1], "moved bank holiday"));
        }
        return new BankHolidays(e, m);
    }

    private static LocalDate date(String text, String what) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException ex) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a date like 2023-05-08", ex);
        }
    }

    public boolean isBankHoliday(LocalDate date) {
        return in(date.getYear()).contains(date);
    }

    /** Every bank holiday of {@code year}, in date order. */
    public SortedSet<LocalDate> in(int year) {
        return byYear.computeIfAbsent(year, this::compute);
    }

    private SortedSet<LocalDate> compute(int year) {
        Set<LocalDate> standing = new HashSet<>();
        standing.add(nextWeekday(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        standing.add(easter.minusDays(2));
        standing.add(easter.plusDays(1));
        LocalDate may = LocalDate.of(year, Month.MAY, 1);
        standing.add(may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        standing.add(may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        standing.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        // Christmas Day and Boxing Day at a weekend are each replaced two days later: Christmas on Saturday gives
        // Monday 27th and Boxing Day (Sunday) Tuesday 28th; Christmas on Sunday gives Tuesday 27th beside Boxing Day
        // on Monday 26th; Boxing Day on Saturday gives Monday 28th.
        standing.add(twoDaysOnAtWeekend(LocalDate.of(year, Month.DECEMBER, 25)));
        standing.add(twoDaysOnAtWeekend(LocalDate.of(year, Month.DECEMBER, 26)));
        TreeSet<LocalDate> out = new TreeSet<>();
        for (LocalDate d : standing) {
            out.add(moved.getOrDefault(d, d));
        }
        extra.stream().filter(d -> d.getYear() == year).forEach(out::add);
        return java.util.Collections.unmodifiableSortedSet(out);
    }

    private static LocalDate nextWeekday(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case SATURDAY -> d.plusDays(2);
            case SUNDAY -> d.plusDays(1);
            default -> d;
        };
    }

    private static LocalDate twoDaysOnAtWeekend(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY ? d.plusDays(2) : d;
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
