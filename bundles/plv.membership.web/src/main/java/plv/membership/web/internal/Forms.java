package plv.membership.web.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import plv.platform.api.ValidationException;
import plv.platform.api.money.Money;
import plv.platform.api.time.FinancialYear;

/**
 * Reading query parameters ({@code ?year=}, {@code ?asOf=}) and the JSON API's fields, with a message naming the field and
 * the fix when one cannot be read (forms are bound by the platform's form binder).
 */
final class Forms {

    private Forms() {
    }

    /** An optional date typed in a query, e.g. {@code ?asOf=2028-03-31}. */
    static LocalDate date(String v, String field) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "'" + v + "' is not a date; enter it as YYYY-MM-DD, e.g. 2025-09-30.");
        }
    }

    /** The financial year asked for as {@code ?year=2028}, or {@code fallback} when none is given. */
    static int year(String v, int fallback) {
        if (v == null || v.isBlank()) {
            return fallback;
        }
        if (!v.trim().matches("\\d{4}")) {
            throw new ValidationException("year", "Enter the year the financial year starts in, e.g. 2028 for 2028-29.");
        }
        return Integer.parseInt(v.trim());
    }

    /** The financial year containing {@code day} (2026-11-23 is in 2026-27: 2026). */
    static int financialYear(LocalDate day) {
        return FinancialYear.containing(day).startYear();
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field, String fix) {
        try {
            return Enum.valueOf(type, text == null ? "" : text.trim());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, fix);
        }
    }

    static BigDecimal decimal(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "'" + text + "' is not a number; enter it like 50 or 147.0.");
        }
    }

    static long pence(String field, String pounds) {
        try {
            long pence = Money.parse(pounds == null ? "" : pounds);
            if (pence < 0) {
                throw new NumberFormatException("negative");
            }
            return pence;
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "Enter an amount in pounds with at most 2 decimals, e.g. 20000.00.");
        }
    }
}
