package plv.platform.web.internal.route;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import plv.platform.api.FieldError;
import plv.platform.api.ValidationException;
import plv.platform.api.web.route.Label;
import plv.platform.api.web.route.Matches;
import plv.platform.api.web.route.MaxLength;
import plv.platform.api.web.route.Range;
import plv.platform.api.web.route.Required;
import plv.platform.api.web.route.Secret;

/**
 * Binds submitted form values to a record and validates them: the platform's one form reader. Each record component is
 * a field of the same name. Supported types: String, int/Integer, long/Long, BigDecimal (commas and a leading £
 * allowed), LocalDate (2028-03-31 or 31/03/2028), LocalDateTime (2028-03-31T14:00, as a datetime-local field posts it, or
 * 2028-03-31 14:00), boolean/Boolean (a checkbox: present means true), enums (by name or
 * by an {@code id()} method, case-insensitive), List&lt;String&gt; (repeated fields, or one text area: one entry per
 * non-empty line) and List&lt;R&gt; of a record R: a group of fields repeated on the page, R's fields posted as
 * {@code <field>-0}, {@code <field>-1}, ... (up to {@value #MAX_GROUPS} groups; a group whose fields are all empty
 * binds as R of empty values, so that the index still says which group it was). Empty fields bind to null
 * (false, 0 for primitives, an empty list). Every problem is collected, then refused at once with the field named and
 * what to type; the record's own constructor may refuse further with {@link ValidationException}.
 */
public final class FormBinder {

    static final int DEFAULT_MAX_LENGTH = 10_000;
    /** The most repeated groups a form binds; fields of later groups are not read. */
    static final int MAX_GROUPS = 50;
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private FormBinder() {
    }

    /** A form refused: the errors and what was typed, to show the form again. */
    public static final class Refused extends ValidationException {
        private static final long serialVersionUID = 1L;
        private final transient Map<String, String> typed;

        Refused(List<FieldError> errors, Map<String, String> typed) {
            super(errors);
            this.typed = Map.copyOf(typed);
        }

        public Map<String, String> typed() {
            return typed;
        }
    }

    /** What was typed in each of the record's fields (multi-valued fields joined by line breaks). */
    public static Map<String, String> typed(Class<? extends Record> type, Function<String, String[]> params) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Class<? extends Record> group = groupType(c);
            if (group != null) {
                int groups = groupCount(group, params);
                for (int i = 0; i < groups; i++) {
                    for (RecordComponent g : group.getRecordComponents()) {
                        String[] values = params.apply(g.getName() + "-" + i);
                        typed.put(g.getName() + "-" + i, values == null || g.isAnnotationPresent(Secret.class) ? ""
                                : String.join("\n", values));
                    }
                }
                continue;
            }
            String[] values = params.apply(c.getName());
            boolean secret = c.isAnnotationPresent(Secret.class);
            typed.put(c.getName(), values == null || secret ? "" : String.join("\n", values));
        }
        return typed;
    }

    public static <T extends Record> T bind(Class<T> type, Function<String, String[]> params) {
        Map<String, String> typed = typed(type, params);
        List<FieldError> errors = new ArrayList<>();
        T bound = bind(type, params, "", "", errors);
        if (!errors.isEmpty()) {
            throw new Refused(errors, typed);
        }
        return bound;
    }

    /**
     * Binds {@code type} from the fields named {@code <component><suffix>}, adding each problem to {@code errors}
     * (labelled with {@code labelSuffix}); null when any field was refused.
     */
    private static <T extends Record> T bind(Class<T> type, Function<String, String[]> params, String suffix,
            String labelSuffix, List<FieldError> errors) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        int before = errors.size();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Class<? extends Record> group = groupType(c);
            if (group != null) {
                if (!suffix.isEmpty()) {
                    throw new IllegalStateException(c + ": groups cannot hold groups");
                }
                List<Object> groups = new ArrayList<>();
                for (int g = 0, n = groupCount(group, params); g < n; g++) {
                    groups.add(bind(group, params, "-" + g, " (" + (g + 1) + ")", errors));
                }
                args[i] = java.util.Collections.unmodifiableList(groups);
                continue;
            }
            try {
                args[i] = convert(c, params.apply(c.getName() + suffix));
            } catch (FieldProblem p) {
                errors.add(new FieldError(c.getName() + suffix, label(c) + labelSuffix + ": " + p.getMessage()));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        try {
            Constructor<T> ctor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ValidationException v) {
                // a group's own checks name its fields; give them the group's index
                v.errors().forEach(f -> errors.add(suffix.isEmpty() ? f : new FieldError(f.field() + suffix, f.message())));
                return null;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("form record " + type.getName() + " cannot be built", e);
        }
    }

    /** The record type of a {@code List<R>} component whose R is a record (a repeated group), else null. */
    @SuppressWarnings("unchecked")
    private static Class<? extends Record> groupType(RecordComponent c) {
        if (c.getType() != List.class || !(c.getGenericType() instanceof ParameterizedType p)) {
            return null;
        }
        Type arg = p.getActualTypeArguments()[0];
        return arg instanceof Class<?> k && k.isRecord() ? (Class<? extends Record>) k : null;
    }

    /** How many groups of {@code group}'s fields were posted: one more than the highest index any field has. */
    private static int groupCount(Class<? extends Record> group, Function<String, String[]> params) {
        int count = 0;
        for (int i = 0; i < MAX_GROUPS; i++) {
            for (RecordComponent g : group.getRecordComponents()) {
                if (params.apply(g.getName() + "-" + i) != null) {
                    count = i + 1;
                    break;
                }
            }
        }
        return count;
    }

    /** The field's name as people read it: its {@link Label}, or the component name in words. */
    static String label(RecordComponent c) {
        Label l = c.getAnnotation(Label.class);
        if (l != null) {
            return l.value();
        }
        String words = c.getName().replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static final class FieldProblem extends Exception {
        private static final long serialVersionUID = 1L;

        FieldProblem(String message) {
            super(message, null, false, false);
        }
    }

    private static Object convert(RecordComponent c, String[] raw) throws FieldProblem {
        Class<?> t = c.getType();
        boolean required = c.isAnnotationPresent(Required.class);
        if (t == List.class) {
            // repeated fields, or one text area with an entry per line
            List<String> values = raw == null ? List.of()
                    : Arrays.stream(raw).flatMap(v -> Arrays.stream(v.split("\\R"))).map(String::trim)
                            .filter(s -> !s.isEmpty()).toList();
            if (required && values.isEmpty()) {
                throw new FieldProblem("choose at least one");
            }
            Type g = c.getGenericType();
            if (!(g instanceof ParameterizedType p) || p.getActualTypeArguments()[0] != String.class) {
                throw new IllegalStateException(c + ": only List<String> is supported");
            }
            for (String v : values) {
                checkText(c, v);
            }
            return values;
        }
        String text = raw == null || raw.length == 0 ? null : raw[0].trim();
        if (text != null && text.isEmpty()) {
            text = null;
        }
        if (t == boolean.class || t == Boolean.class) {
            boolean on = text != null && !text.equalsIgnoreCase("false") && !text.equals("0") && !text.equalsIgnoreCase("no");
            if (required && !on) {
                throw new FieldProblem("tick the box to confirm");
            }
            return on;
        }
        if (text == null) {
            if (required) {
                throw new FieldProblem(t.isEnum() ? "choose one" : "enter a value");
            }
            if (t == int.class || t == long.class) {
                return t == int.class ? (Object) 0 : (Object) 0L;
            }
            return null;
        }
        if (t == String.class) {
            checkText(c, text);
            return text;
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            long v;
            try {
                v = Long.parseLong(text.replace(",", ""));
            } catch (NumberFormatException e) {
                throw new FieldProblem("enter a whole number, like 12");
            }
            checkRange(c, v);
            if ((t == int.class || t == Integer.class) && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
                throw new FieldProblem("enter a smaller number");
            }
            return t == int.class || t == Integer.class ? (Object) (int) v : (Object) v;
        }
        if (t == BigDecimal.class) {
            BigDecimal v;
            try {
                v = new BigDecimal(text.replace(",", "").replaceFirst("^£", "").trim());
            } catch (NumberFormatException e) {
                throw new FieldProblem("enter an amount in pounds, like 20000.00");
            }
            if (v.scale() > 2) {
                throw new FieldProblem("enter at most two decimal places (pence)");
            }
            Range r = c.getAnnotation(Range.class);
            if (r != null && (v.compareTo(BigDecimal.valueOf(r.min())) < 0 || v.compareTo(BigDecimal.valueOf(r.max())) > 0)) {
                throw new FieldProblem(rangeText(r));
            }
            return v;
        }
        if (t == LocalDate.class) {
            try {
                return text.contains("/") ? LocalDate.parse(text, UK_DATE) : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new FieldProblem("enter a real date, like 2028-03-31");
            }
        }
        if (t == LocalDateTime.class) {
            try {
                return LocalDateTime.parse(text.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) +", "$1T"));
            } catch (DateTimeParseException e) {
                throw new FieldProblem("enter a real date and time, like 2028-03-31T14:00");
            }
        }
        if (t.isEnum()) {
            for (Object constant : t.getEnumConstants()) {
                Enum<?> e = (Enum<?>) constant;
                if (e.name().equalsIgnoreCase(text.replace('-', '_').replace(' ', '_')) || text.equalsIgnoreCase(id(e))) {
                    return e;
                }
            }
            throw new FieldProblem("choose one of the options");
        }
        throw new IllegalStateException(c + ": type " + t.getName() + " is not supported in forms");
    }

    private static String id(Enum<?> e) {
        try {
            Object id = e.getClass().getMethod("id").invoke(e);
            return id == null ? e.name() : id.toString();
        } catch (ReflectiveOperationException ex) {
            return e.name();
        }
    }

    private static void checkText(RecordComponent c, String text) throws FieldProblem {
        MaxLength max = c.getAnnotation(MaxLength.class);
        int limit = max == null ? DEFAULT_MAX_LENGTH : max.value();
        if (text.length() > limit) {
            throw new FieldProblem("use at most " + limit + " characters (you typed " + text.length() + ")");
        }
        Matches m = c.getAnnotation(Matches.class);
        if (m != null && !Pattern.compile(m.regex()).matcher(text).matches()) {
            throw new FieldProblem("enter it " + m.hint());
        }
    }

    private static void checkRange(RecordComponent c, long v) throws FieldProblem {
        Range r = c.getAnnotation(Range.class);
        if (r != null && (v < r.min() || v > r.max())) {
            throw new FieldProblem(rangeText(r));
        }
    }

    private static String rangeText(Range r) {
        if (r.max() == Long.MAX_VALUE) {
            return "enter " + r.min() + " or more";
        }
        if (r.min() == Long.MIN_VALUE) {
            return "enter " + r.max() + " or less";
        }
        return "enter a number from " + r.min() + " to " + r.max();
    }
}
