package plv.decisions.core.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days in England and Wales: Monday to Friday except bank holidays. */
final class WorkingDays {

    private final BankHolidays holidays;

    WorkingDays(BankHolidays holidays) {
        this.holidays = holidays;
    }

    boolean isWorkingDay(LocalDate date) {
        DayOfWeek w = date.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !holidays.isBankHoliday(date);
    }

    /** The {@code n}th working day after {@code from} (from itself does not count); {@code from} when n is 0. */
    LocalDate after(LocalDate from, int n) {
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
}
