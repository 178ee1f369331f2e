package plv.commissioning.core.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import plv.platform.api.FieldError;
import plv.platform.api.ValidationException;
import plv.platform.api.money.Money;

/** Reads typed values out of text as a person typed it, collecting one message per field that names the fix. */
final class FormFields {

    final List<FieldError> errors = new ArrayList<>();

    static String clean(String v) {
        return v == null ? "" : v.strip();
    }

    void error(String field, String message) {
        if (errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new FieldError(field, message));
        }
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    String required(String field, String value, int max) {
        String v = clean(value);
        if (v.isEmpty()) {
            error(field, label(field) + " is required.");
            return null;
        }
        return max(field, v, max);
    }

    String optional(String field, String value, int max) {
        String v = clean(value);
        return v.isEmpty() ? null : max(field, v, max);
    }

    private String max(String field, String v, int max) {
        if (v.length() > max) {
            error(field, label(field) + " is " + v.length() + " characters long; shorten it to " + max + " or fewer.");
        }
        return v;
    }

    /** A whole number from {@code min} to {@code max}; {@code fallback} when empty and {@code fallback} is not null. */
    Integer whole(String field, String value, int min, int max, Integer fallback) {
        String v = clean(value);
        if (v.isEmpty() && fallback != null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        error(field, label(field) + " must be a whole number from " + min + " to " + max + (v.isEmpty() ? "." : ", not '" + v + "'."));
        return null;
    }

    /** A 1–5 score. */
    int score(String field, String value) {
        Integer n = whole(field, value, 1, 5, null);
        return n == null ? 1 : n;
    }

    LocalDate date(String field, String value, boolean required) {
        String v = clean(value);
        if (v.isEmpty()) {
            if (required) {
                error(field, label(field) + " is required; write it as YYYY-MM-DD, e.g. 2027-03-31.");
            }
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            error(field, label(field) + " '" + v + "' is not a date; write it as YYYY-MM-DD, e.g. 2027-03-31.");
            return null;
        }
    }

    /** Pounds as typed ({@code £1,250,000.50}) in pence; null when empty and not required. */
    Long pence(String field, String value, boolean required) {
        String v = clean(value).replace("£", "").replace(",", "").strip();
        if (v.isEmpty()) {
            if (required) {
                error(field, label(field) + " is required, in pounds, e.g. 1250000 or 1,250,000.00.");
            }
            return null;
        }
        try {
            long pence = Money.parse(v);
            if (pence < 0) {
                throw new NumberFormatException("negative");
            }
            return pence;
        } catch (NumberFormatException e) {
            error(field, label(field) + " '" + clean(value) + "' is not an amount in pounds; write e.g. 1250000 or 1,250,000.00.");
            return null;
        }
    }

    /** {@code yes}/{@code no} (also true/false, on/off as checkboxes send); empty is no. */
    Boolean yesNo(String field, String value) {
        String v = clean(value).toLowerCase(Locale.ROOT);
        switch (v) {
            case "yes", "true", "on", "y":
                return true;
            case "", "no", "false", "off", "n":
                return false;
            default:
                error(field, label(field) + " '" + clean(value) + "' is not an answer; write yes or no.");
                return null;
        }
    }

    /** One of an enumeration by id. */
    <T> T choice(String field, String value, Function<String, Optional<T>> byId, List<String> ids) {
        String v = clean(value);
        Optional<T> found = byId.apply(v);
        if (found.isEmpty()) {
            error(field, v.isEmpty() ? label(field) + " is required; choose one of " + String.join(", ", ids) + "."
                    : label(field) + " '" + v + "' is not known; choose one of " + String.join(", ", ids) + ".");
            return null;
        }
        return found.get();
    }

    /** {@code currentLikelihood} → "Current likelihood". */
    static String label(String field) {
        String spaced = field.replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("([a-z])([0-9])", "$1 $2").replaceAll("([0-9])([A-Za-z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
