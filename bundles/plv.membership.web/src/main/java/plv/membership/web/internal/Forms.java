package plv.membership.web.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import plv.platform.api.FieldError;
import plv.platform.api.ValidationException;
import plv.platform.api.time.FinancialYear;

/** Reading form fields, with a message naming the field and the fix when one cannot be read. */
final class Forms {

    private Forms() {
    }

    static LocalDate date(HttpServletRequest req, String field, boolean required) {
        String v = req.getParameter(field);
        if (v == null || v.isBlank()) {
            if (required) {
                throw new ValidationException(field, "Enter the date as YYYY-MM-DD, e.g. 2025-09-30.");
            }
            return null;
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "'" + v + "' is not a date; enter it as YYYY-MM-DD, e.g. 2025-09-30.");
        }
    }

    static Long optionalLong(HttpServletRequest req, String field) {
        String v = req.getParameter(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "Choose one of the listed values.");
        }
    }

    static int year(HttpServletRequest req, int fallback) {
        String v = req.getParameter("year");
        if (v == null || v.isBlank()) {
            return fallback;
        }
        if (!v.trim().matches("\\d{4}")) {
            throw new ValidationException("year", "Enter the year the financial year starts in, e.g. 2028 for 2028-29.");
        }
        return Integer.parseInt(v.trim());
    }

    /** The submitted values, to show the form again as the user filled it in. */
    static Map<String, String> values(HttpServletRequest req, String... fields) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : fields) {
            out.put(f, req.getParameter(f) == null ? "" : req.getParameter(f));
        }
        return out;
    }

    static Map<String, String> errors(ValidationException e) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldError f : e.errors()) {
            out.merge(f.field(), f.message(), (a, b) -> a + " " + b);
        }
        return out;
    }

    /** The financial year containing {@code day} (2026-11-23 is in 2026-27: 2026). */
    static int financialYear(LocalDate day) {
        return FinancialYear.containing(day).startYear();
    }
}
