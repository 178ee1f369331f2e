package plv.platform.api.time;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days in England and Wales: Monday to Friday except {@link BankHolidays}. Every rule that counts working
 * days (call-in periods, review periods, filing dates) counts them here.
 */
public final class WorkingDays {

    private static final WorkingDays ENGLAND_AND_WALES = new WorkingDays(BankHolidays.englandAndWales());

    private final BankHolidays holidays;

    public WorkingDays(BankHolidays holidays) {
        this.holidays = holidays;
    }

    public static WorkingDays englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    public BankHolidays holidays() {
        return holidays;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek w = date.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !holidays.isBankHoliday(date);
    }

    /** The {@code n}th working day after {@code from} ({@code from} itself does not count); {@code from} when n is 0. */
    public LocalDate after(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate d = from;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** {@code day} if it is a working day, else the working day before it. */
    public LocalDate onOrBefore(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** {@code day} if it is a working day, else the working day after it. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * Clear days between two dates: the days strictly between them, neither the day of the notice nor the day of the
     * event counted (the usual meaning of "clear days", e.g. R v Turner [1910] 1 KB 346).
     */
    public static long clearDaysBetween(LocalDate notice, LocalDate event) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(notice, event) - 1;
        return Math.max(0, days);
    }
}
