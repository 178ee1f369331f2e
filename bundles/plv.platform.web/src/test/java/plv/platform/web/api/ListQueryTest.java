package plv.platform.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ListQueryTest {

    private final List<String> names = IntStream.rangeClosed(1, 57).mapToObj(i -> String.format("council-%02d", i)).toList();
    private final Map<String, Function<String, ? extends Comparable<?>>> keys = Map.of("name", s -> s);

    @Test
    void pagesSortsAndFiltersOnTheServer() {
        ListPage<String> first = new ListQuery(1, 25, "name", false, "").apply(names, s -> true, keys);
        assertThat(first.items()).hasSize(25).startsWith("council-01");
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();

        ListPage<String> last = new ListQuery(3, 25, "name", true, "").apply(names, s -> true, keys);
        assertThat(last.items()).containsExactly("council-07", "council-06", "council-05", "council-04", "council-03",
                "council-02", "council-01");
        assertThat(last.firstRow()).isEqualTo(51);
        assertThat(last.lastRow()).isEqualTo(57);

        ListQuery filtered = new ListQuery(1, 25, "name", false, "COUNCIL-5");
        assertThat(filtered.apply(names, s -> filtered.matches(s), keys).items()).hasSize(8);
    }

    @Test
    void sillyParametersFallBackToSafeValues() {
        ListQuery q = new ListQuery(-3, 100_000, "name", false, null);
        assertThat(q.page()).isEqualTo(1);
        assertThat(q.size()).isEqualTo(ListQuery.MAX_SIZE);
        assertThat(q.filter()).isEmpty();
        ListPage<String> beyond = new ListQuery(99, 25, "name", false, "").apply(names, s -> true, keys);
        assertThat(beyond.items()).isEmpty();
    }

    @Test
    void linksKeepTheFilterAndFlipTheSort() {
        ListQuery q = new ListQuery(2, 25, "name", false, "a&b");
        assertThat(q.withPage(3)).isEqualTo("?page=3&size=25&sort=name&dir=asc&q=a%26b");
        assertThat(q.sortedBy("name")).isEqualTo("?page=1&size=25&sort=name&dir=desc&q=a%26b");
        assertThat(q.ariaSort("name")).isEqualTo("ascending");
        assertThat(q.ariaSort("role")).isEqualTo("none");
    }

    @Test
    void anExportHoldsEveryMatchingRowInTheListsOrderNotOnlyOnePage() {
        List<String> many = IntStream.rangeClosed(1, 1_200).mapToObj(i -> String.format("row-%04d", i)).toList();
        ListQuery q = new ListQuery(2, 25, "name", true, "row-1");
        List<String> all = q.selectAll(many, s -> q.matches(s), keys);
        assertThat(all).hasSize(201).startsWith("row-1200", "row-1199").endsWith("row-1000");
        assertThat(q.apply(many, s -> q.matches(s), keys).items()).hasSize(25).startsWith("row-1175");
    }
}
