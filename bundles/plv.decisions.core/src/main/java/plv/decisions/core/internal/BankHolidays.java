package plv.decisions.core.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Bank holidays of England and Wales, computed from the standing rules (Banking and Financial Dealings Act 1971 and
 * the usual royal proclamations) plus the one-off changes a proclamation makes: holidays moved to another day (8 May
 * 2020 for VE day) and extra holidays (19 September 2022, 8 May 2023). The one-offs come from configuration so a new
 * proclamation needs no new code.
 */
final class BankHolidays {

    private final Set<LocalDate> extra;
    private final Map<LocalDate, LocalDate> moved;

    /**
     * @param extra one-off additional bank holidays
     * @param moved standing-rule dates that a proclamation moved, to their replacement date
     */
    BankHolidays(Set<LocalDate> extra, Map<LocalDate, LocalDate> moved) {
        this.extra = Set.copyOf(extra);
        this.moved = Map.copyOf(moved);
    }

    /** Builds the calendar from the two configured lists; a malformed entry is refused naming it. */
    static BankHolidays configured(String[] extra, String[] moved) {
        Set<LocalDate> extras = new HashSet<>();
        for (String e : extra == null ? new String[0] : extra) {
            extras.add(date(e, "extraBankHolidays"));
        }
        Map<LocalDate, LocalDate> moves = new HashMap<>();
        for (String m : moved == null ? new String[0] : moved) {
            String[] parts = m.split(">");
            if (parts.length != 2) {
                throw new IllegalArgumentException("movedBankHolidays entry '" + m + "' must read standing>replacement, e.g. 2020-05-04>2020-05-08");
            }
            moves.put(date(parts[0], "movedBankHolidays"), date(parts[1], "movedBankHolidays"));
        }
        return new BankHolidays(extras, moves);
    }

    private static LocalDate date(String text, String setting) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(setting + " entry '" + text + "' is not a date like 2023-05-08", e);
        }
    }

    boolean isBankHoliday(LocalDate date) {
        return in(date.getYear()).contains(date);
    }

    /** Every bank holiday of {@code year}, in date order. */
    Set<LocalDate> in(int year) {
        Set<LocalDate> standing = new HashSet<>();
        standing.add(substituteNewYear(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        standing.add(easter.minusDays(2));
        standing.add(easter.plusDays(1));
        LocalDate may = LocalDate.of(year, Month.MAY, 1);
        standing.add(may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        standing.add(may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        standing.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        standing.add(twoDaysOnAtWeekend(LocalDate.of(year, Month.DECEMBER, 25)));
        standing.add(twoDaysOnAtWeekend(LocalDate.of(year, Month.DECEMBER, 26)));
        Set<LocalDate> out = new TreeSet<>();
        for (LocalDate d : standing) {
            out.add(moved.getOrDefault(d, d));
        }
        extra.stream().filter(d -> d.getYear() == year).forEach(out::add);
        return out;
    }

    /** New Year's Day on a Saturday or Sunday is replaced by the following Monday. */
    private static LocalDate substituteNewYear(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case SATURDAY -> d.plusDays(2);
            case SUNDAY -> d.plusDays(1);
            default -> d;
        };
    }

    /**
     * Christmas Day and Boxing Day at a weekend are each replaced two days later: Christmas on Saturday gives Monday
     * 27th and Boxing Day (Sunday) Tuesday 28th; Christmas on Sunday gives Tuesday 27th beside Boxing Day on Monday;
     * Boxing Day on Saturday gives Monday 28th.
     */
    private static LocalDate twoDaysOnAtWeekend(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY ? d.plusDays(2) : d;
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
