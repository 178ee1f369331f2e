package plv.platform.web.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What list the user asked for: request parameters {@code page} (1-based), {@code size}, {@code sort} (a column
 * name), {@code dir} ({@code asc}/{@code desc}) and {@code q} (free-text filter). Unknown sort columns and silly
 * sizes fall back to safe values, so a hand-edited URL never fails.
 *
 * @param page       1-based page number
 * @param size       rows per page (1–500)
 * @param sort       the column sorted by (one of the list's sortable columns)
 * @param descending whether the sort is descending
 * @param filter     the free-text filter, empty for none
 */
public record ListQuery(int page, int size, String sort, boolean descending, String filter) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 500;

    public ListQuery {
        page = Math.max(1, page);
        size = Math.min(MAX_SIZE, Math.max(1, size));
        filter = filter == null ? "" : filter.strip();
    }

    /** Reads the query from the request; {@code sortable} lists the column names allowed in {@code sort}. */
    public static ListQuery from(HttpServletRequest request, List<String> sortable, String defaultSort) {
        return from(request, sortable, defaultSort, DEFAULT_SIZE);
    }

    /** As {@link #from(HttpServletRequest, List, String)}, with the page size used when the request names none. */
    public static ListQuery from(HttpServletRequest request, List<String> sortable, String defaultSort, int defaultSize) {
        String sort = request.getParameter("sort");
        if (sort == null || !sortable.contains(sort)) {
            sort = defaultSort;
        }
        return new ListQuery(integer(request.getParameter("page"), 1), integer(request.getParameter("size"), defaultSize), sort,
                "desc".equalsIgnoreCase(request.getParameter("dir")), request.getParameter("q"));
    }

    /** Rows to skip for this page (for {@code setFirstResult}). */
    public int offset() {
        return (page - 1) * size;
    }

    /** Whether {@code text} contains the filter, ignoring case (true when there is no filter). */
    public boolean matches(String... texts) {
        if (filter.isEmpty()) {
            return true;
        }
        String f = filter.toLowerCase(Locale.ROOT);
        for (String t : texts) {
            if (t != null && t.toLowerCase(Locale.ROOT).contains(f)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Filters, sorts and pages a list held in memory.
     *
     * @param keys the sort key of each sortable column
     */
    public <T> ListPage<T> apply(List<T> all, Predicate<T> filterRule, Map<String, Function<T, ? extends Comparable<?>>> keys) {
        List<T> kept = selectAll(all, filterRule, keys);
        int from = Math.min(offset(), kept.size());
        int to = Math.min(from + size, kept.size());
        return new ListPage<>(kept.subList(from, to), kept.size(), this);
    }

    /** Every row the filter keeps, in this query's order, not paged: what a CSV export of the list holds. */
    public <T> List<T> selectAll(List<T> all, Predicate<T> filterRule, Map<String, Function<T, ? extends Comparable<?>>> keys) {
        List<T> kept = all.stream().filter(filterRule).toList();
        Function<T, ? extends Comparable<?>> key = keys.get(sort);
        if (key != null) {
            @SuppressWarnings({ "unchecked", "rawtypes" })
            Comparator<T> c = Comparator.comparing((Function) key, Comparator.nullsLast(Comparator.naturalOrder()));
            kept = kept.stream().sorted(descending ? c.reversed() : c).toList();
        }
        return kept;
    }

    /** The query string for this query with another page. */
    public String withPage(int otherPage) {
        return link(otherPage, sort, descending);
    }

    /** The query string for sorting by {@code column}: ascending, or flipped when already sorted by it. */
    public String sortedBy(String column) {
        return link(1, column, column.equals(sort) && !descending);
    }

    /** How a column header announces its sort state ({@code ascending}, {@code descending} or {@code none}). */
    public String ariaSort(String column) {
        return !column.equals(sort) ? "none" : descending ? "descending" : "ascending";
    }

    private String link(int p, String s, boolean desc) {
        StringBuilder b = new StringBuilder("?page=").append(p).append("&size=").append(size);
        if (s != null) {
            b.append("&sort=").append(enc(s)).append("&dir=").append(desc ? "desc" : "asc");
        }
        if (!filter.isEmpty()) {
            b.append("&q=").append(enc(filter));
        }
        return b.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int integer(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
