package plv.platform.web.internal.route;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A route's path pattern: {@code /users/{username}/tokens/{id}}. Each segment is a literal or a parameter that matches
 * one non-empty segment. The first segment must be a literal: it names the servlet prefix the route lives under.
 */
final class RoutePattern implements Comparable<RoutePattern> {

    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._~!$&'()*+,=:@-]+");

    private final String text;
    /** literal text, or null where the segment is a parameter */
    private final List<String> literals;
    /** parameter name, or null where the segment is a literal */
    private final List<String> params;

    private RoutePattern(String text, List<String> literals, List<String> params) {
        this.text = text;
        this.literals = literals;
        this.params = params;
    }

    static RoutePattern parse(String text) {
        if (text == null || !text.startsWith("/")) {
            throw new IllegalArgumentException("route pattern '" + text + "' must start with /");
        }
        List<String> literals = new ArrayList<>();
        List<String> params = new ArrayList<>();
        if (!text.equals("/")) {
            String[] parts = text.substring(1).split("/", -1);
            for (String part : parts) {
                var m = PARAM.matcher(part);
                if (m.matches()) {
                    if (params.contains(m.group(1))) {
                        throw new IllegalArgumentException("route pattern '" + text + "' names {" + m.group(1) + "} twice");
                    }
                    literals.add(null);
                    params.add(m.group(1));
                } else if (LITERAL.matcher(part).matches()) {
                    literals.add(part);
                    params.add(null);
                } else {
                    throw new IllegalArgumentException("route pattern '" + text + "' has a bad segment '" + part
                            + "': use literal text or {name}");
                }
            }
            if (literals.get(0) == null) {
                throw new IllegalArgumentException("route pattern '" + text + "' must start with a literal segment");
            }
        }
        return new RoutePattern(text, List.copyOf(nullable(literals)), List.copyOf(nullable(params)));
    }

    private static List<String> nullable(List<String> l) {
        // List.copyOf refuses nulls: keep them as empty-string markers internally
        return l.stream().map(s -> s == null ? "" : s).toList();
    }

    /** The servlet prefix: {@code /users} for {@code /users/{username}}; {@code ""} (the root) for {@code /}. */
    String prefix() {
        return literals.isEmpty() ? "" : "/" + literals.get(0);
    }

    /** The values of the parameters when {@code segments} match, else null. */
    Map<String, String> match(List<String> segments) {
        if (segments.size() != literals.size()) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String literal = literals.get(i);
            String segment = segments.get(i);
            if (!literal.isEmpty()) {
                if (!literal.equals(segment)) {
                    return null;
                }
            } else {
                if (segment.isEmpty()) {
                    return null;
                }
                values.put(params.get(i), segment);
            }
        }
        return values;
    }

    /** More specific first: at the first position where they differ, a literal wins over a parameter. */
    @Override
    public int compareTo(RoutePattern o) {
        int n = Math.min(literals.size(), o.literals.size());
        for (int i = 0; i < n; i++) {
            boolean a = !literals.get(i).isEmpty();
            boolean b = !o.literals.get(i).isEmpty();
            if (a != b) {
                return a ? -1 : 1;
            }
        }
        return Integer.compare(literals.size(), o.literals.size());
    }

    @Override
    public String toString() {
        return text;
    }
}
