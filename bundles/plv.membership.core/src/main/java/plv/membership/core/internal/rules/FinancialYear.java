package plv.membership.core.internal.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A UK public-sector financial year: 1 April to 31 March, named by the year it starts in (2028 = 2028-29). */
public record FinancialYear(int startYear) {

    public static FinancialYear containing(LocalDate day) {
        return new FinancialYear(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    /** 365, or 366 when the year contains 29 February. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(start(), end().plusDays(1));
    }

    public String label() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    /** Days from {@code from} to {@code to}, both inclusive (0 when {@code to} is before {@code from}). */
    public static int daysInclusive(LocalDate from, LocalDate to) {
        return to.isBefore(from) ? 0 : (int) ChronoUnit.DAYS.between(from, to) + 1;
    }
}
