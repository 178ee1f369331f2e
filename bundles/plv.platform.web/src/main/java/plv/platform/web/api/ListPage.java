package plv.platform.web.api;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the rows on this page
 * @param total rows in the whole (filtered) list
 * @param query the query that produced it
 */
public record ListPage<T>(List<T> items, long total, ListQuery query) {

    public ListPage {
        items = List.copyOf(items);
    }

    public int pages() {
        return (int) Math.max(1, (total + query.size() - 1) / query.size());
    }

    public boolean hasPrevious() {
        return query.page() > 1;
    }

    public boolean hasNext() {
        return query.page() < pages();
    }

    /** 1-based position of the first row shown (0 when empty). */
    public long firstRow() {
        return items.isEmpty() ? 0 : query.offset() + 1L;
    }

    public long lastRow() {
        return query.offset() + (long) items.size();
    }
}
