package plv.decisions.web.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import plv.platform.api.FieldError;
import plv.platform.api.ValidationException;

/**
 * A posted form as the decision pages read it: every field that cannot be read (a date, an amount in pounds, a
 * choice) is noted with a message naming the fix, so the page can show them all beside their fields at once.
 */
final class FormFields {

    private final HttpServletRequest req;
    private final List<FieldError> problems = new ArrayList<>();

    FormFields(HttpServletRequest req) {
        this.req = req;
    }

    /** The trimmed text, or null when the field is empty. */
    String text(String name) {
        String v = req.getParameter(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    boolean ticked(String name) {
        return text(name) != null;
    }

    LocalDate date(String name) {
        return parsed(name, LocalDate::parse, "is not a date: enter it as YYYY-MM-DD, e.g. 2023-02-08.");
    }

    Integer whole(String name) {
        return parsed(name, Integer::valueOf, "is not a whole number.");
    }

    /** An amount typed in pounds ("£1,250.50", "1250") as pence. */
    Long pence(String name) {
        return parsed(name, FormFields::poundsToPence, "is not an amount in pounds: enter it like 250000 or 250,000.00.");
    }

    private static long poundsToPence(String pounds) {
        return new BigDecimal(pounds.replace("£", "").replace(",", "").strip()).setScale(2).movePointRight(2).longValueExact();
    }

    /** The field read by {@code parse}, or null when empty; when it cannot be read, null and a problem "'x' fix". */
    private <T> T parsed(String name, Function<String, T> parse, String fix) {
        String v = text(name);
        try {
            return v == null ? null : parse.apply(v);
        } catch (RuntimeException e) {
            problems.add(new FieldError(name, "'" + v + "' " + fix));
            return null;
        }
    }

    /** One entry per non-empty line. */
    List<String> lines(String name) {
        String v = text(name);
        return v == null ? List.of() : Arrays.stream(v.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A choice from a list; null when none was made (the service says what is missing). */
    <E> E choice(String name, Function<String, Optional<E>> parse, String fix) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        Optional<E> e = parse.apply(v);
        if (e.isEmpty()) {
            problems.add(new FieldError(name, "'" + v + "' is not one of the choices: " + fix));
        }
        return e.orElse(null);
    }

    /** The optimistic-lock version the edit form was opened with. */
    long version() {
        Integer v = whole("version");
        return v == null ? -1 : v;
    }

    /** Refuses the form when any field could not be read; nothing has been sent to the service yet. */
    void throwIfUnreadable() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** Everything typed, to show the form again as the user left it. */
    Map<String, String> typed() {
        Map<String, String> out = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> {
            if (!k.equals("csrf") && v.length > 0) {
                out.put(k, v[0]);
            }
        });
        return out;
    }

    /** The errors by field, as the form templates show them (two messages for one field are joined). */
    static Map<String, String> byField(ValidationException e) {
        Map<String, String> out = new LinkedHashMap<>();
        e.errors().forEach(f -> out.merge(f.field(), f.message(), (a, b) -> a + " " + b));
        return out;
    }
}
