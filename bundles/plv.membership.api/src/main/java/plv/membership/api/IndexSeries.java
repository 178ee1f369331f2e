package plv.membership.api;

import java.util.List;

/**
 * An index series such as CPI or CPIH, with its monthly values oldest first.
 *
 * @param code   e.g. {@code CPI}
 * @param name   e.g. "Consumer Prices Index (2015=100)"
 * @param values monthly values, oldest first
 */
public record IndexSeries(String code, String name, List<IndexValue> values) {

    public IndexSeries {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
