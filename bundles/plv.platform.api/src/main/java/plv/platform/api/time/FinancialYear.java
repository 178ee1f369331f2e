package plv.platform.api.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A UK public-sector financial year: 1 April to 31 March, named by the year it starts in ({@code 2028} is 2028-29).
 * Local authorities' financial year (Local Government Finance Act 1992, s.1 of the Local Government Act 2003 read with
 * Interpretation Act 1978 Sch. 1: "financial year" = 12 months ending 31 March).
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    public static FinancialYear containing(LocalDate day) {
        return new FinancialYear(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
    }

    /** Parses {@code 2028-29} or {@code 2028}. */
    public static FinancialYear parse(String text) {
        String t = text == null ? "" : text.trim();
        try {
            if (t.matches("\\d{4}-\\d{2}")) {
                FinancialYear y = new FinancialYear(Integer.parseInt(t.substring(0, 4)));
                if (!y.label().equals(t)) {
                    throw new IllegalArgumentException("'" + t + "' is not a financial year: write it like " + y.label());
                }
                return y;
            }
            if (t.matches("\\d{4}")) {
                return new FinancialYear(Integer.parseInt(t));
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("'" + t + "' is not a financial year: write it like 2028-29");
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    /** 365, or 366 when the year contains 29 February. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(start(), end().plusDays(1));
    }

    /** {@code 2028-29}. */
    public String label() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    /** Days from {@code from} to {@code to}, both inclusive (0 when {@code to} is before {@code from}). */
    public static int daysInclusive(LocalDate from, LocalDate to) {
        return to.isBefore(from) ? 0 : (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    @Override
    public int compareTo(FinancialYear o) {
        return Integer.compare(startYear, o.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
