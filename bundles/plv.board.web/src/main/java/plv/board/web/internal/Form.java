package plv.board.web.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import plv.platform.api.FieldError;
import plv.platform.api.ValidationException;

/**
 * Reads form fields, refusing malformed ones with a message naming the field and the expected form. When a form is
 * refused, {@link #typed()} and {@link #errors} give what was typed and the errors keyed by the ids the page gives the
 * form's fields ({@code <op>-<name>}, or {@code <op>-<item>-<name>} on forms repeated per agenda item or action).
 */
final class Form {
    private final HttpServletRequest req;

    Form(HttpServletRequest req) {
        this.req = req;
    }

    /** An uploaded file's bytes, or null when none was chosen (or the form was not sent as multipart). */
    byte[] file(String name) {
        try {
            jakarta.servlet.http.Part part = req.getContentType() != null && req.getContentType().startsWith("multipart/")
                    ? req.getPart(name) : null;
            if (part == null || part.getSize() == 0) {
                return null;
            }
            try (java.io.InputStream in = part.getInputStream()) {
                return in.readAllBytes();
            }
        } catch (java.io.IOException | jakarta.servlet.ServletException e) {
            throw new ValidationException(name, "The file could not be read (" + e.getMessage() + "); choose it again and send the form.");
        }
    }

    /** The name of an uploaded file as the browser gave it (without any folder), or null. */
    String fileName(String name) {
        try {
            jakarta.servlet.http.Part part = req.getContentType() != null && req.getContentType().startsWith("multipart/")
                    ? req.getPart(name) : null;
            String n = part == null ? null : part.getSubmittedFileName();
            return n == null || n.isBlank() ? null : n.replaceAll("^.*[/\\\\]", "").trim();
        } catch (java.io.IOException | jakarta.servlet.ServletException e) {
            return null;
        }
    }

    String text(String name) {
        String v = req.getParameter(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    boolean checked(String name) {
        return text(name) != null;
    }

    LocalDate date(String name) {
        String v = text(name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new ValidationException(name, "'" + v + "' is not a date; use YYYY-MM-DD, e.g. 2026-03-12.");
        }
    }

    LocalDateTime dateTime(String name) {
        String v = text(name);
        try {
            return v == null ? null : LocalDateTime.parse(v);
        } catch (DateTimeParseException e) {
            throw new ValidationException(name, "'" + v + "' is not a date and time; use YYYY-MM-DDTHH:MM, e.g. 2026-03-12T14:00.");
        }
    }

    YearMonth month(String name) {
        String v = text(name);
        try {
            return v == null ? null : YearMonth.parse(v);
        } catch (DateTimeParseException e) {
            throw new ValidationException(name, "'" + v + "' is not a month; use YYYY-MM, e.g. 1971-04.");
        }
    }

    Integer number(String name) {
        String v = text(name);
        try {
            return v == null ? null : Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new ValidationException(name, "'" + v + "' is not a whole number.");
        }
    }

    int count(String name) {
        Integer n = number(name);
        return n == null ? 0 : n;
    }

    Long id(String name) {
        Integer n = number(name);
        return n == null ? null : n.longValue();
    }

    long version() {
        Long v = id("version");
        return v == null ? -1 : v;
    }

    /** A list typed one per line or separated by commas. */
    List<String> list(String name) {
        String v = text(name);
        return v == null ? List.of() : Arrays.stream(v.split("[,\\n]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The id prefix of the posted form's fields, e.g. {@code decide-12-}. */
    String prefix() {
        String key = text("itemId") != null ? text("itemId") : text("actionId");
        return (text("op") == null ? "" : text("op")) + (key == null ? "" : "-" + key) + "-";
    }

    /** The item or action the posted form was about, or "". */
    String key() {
        String key = text("itemId") != null ? text("itemId") : text("actionId");
        return key == null ? "" : key;
    }

    /** What was typed, by field id, to show the form again as the user left it. */
    Map<String, String> typed() {
        Map<String, String> out = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> {
            if (v.length > 0 && !List.of("csrf", "op", "version", "itemId", "actionId").contains(k)) {
                out.put(prefix() + k, v[0]);
            }
        });
        return out;
    }

    /** The errors by field id; one the form has no field for goes to the form itself ({@code <prefix>form}). */
    private boolean hasFilePart(String name) {
        try {
            return req.getContentType() != null && req.getContentType().startsWith("multipart/") && req.getPart(name) != null;
        } catch (java.io.IOException | jakarta.servlet.ServletException | RuntimeException e) {
            return false;
        }
    }

    Map<String, String> errors(ValidationException e) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldError f : e.errors()) {
            String id = prefix() + (req.getParameterMap().containsKey(f.field()) || hasFilePart(f.field()) ? f.field() : "form");
            out.merge(id, f.message(), (a, b) -> a + " " + b);
        }
        return out;
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String v = text(name);
        try {
            return v == null ? null : Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(name, "'" + v + "' is not one of " + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }
}
