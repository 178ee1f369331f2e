package plv.programme.sch.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import plv.platform.api.time.FinancialYear;

/**
 * A quarter of a financial year, as the board's reports count them: {@code year} is the financial year starting
 * 1 April {@code year} (as {@code /sales?year=} counts it); quarter 1 is April to June, 2 July to September, 3 October
 * to December, 4 January to March of the next calendar year.
 */
public record Quarter(int year, int quarter) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, not " + quarter);
        }
    }

    public LocalDate from() {
        return LocalDate.of(year, 4, 1).plusMonths(3L * (quarter - 1));
    }

    public LocalDate to() {
        return from().plusMonths(3).minusDays(1);
    }

    public FinancialYear financialYear() {
        return new FinancialYear(year);
    }

    /** e.g. "Q3 2026-27 (October to December 2026)". */
    public String label() {
        String first = MONTH.format(from());
        return "Q" + quarter + " " + financialYear().label() + " (" + first.substring(0, first.indexOf(' ')) + " to " + MONTH.format(to()) + ")";
    }

    /** The quarter containing {@code day}. */
    public static Quarter containing(LocalDate day) {
        FinancialYear fy = FinancialYear.containing(day);
        int months = (day.getYear() - fy.startYear()) * 12 + day.getMonthValue() - 4;
        return new Quarter(fy.startYear(), months / 3 + 1);
    }
}
