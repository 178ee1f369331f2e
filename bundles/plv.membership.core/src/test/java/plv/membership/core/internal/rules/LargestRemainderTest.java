package plv.membership.core.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The last-penny rule: whole pence rounded down, spare pennies to the largest remainders, ties to the lower key. */
class LargestRemainderTest {

    @ParameterizedTest(name = "{0}p by weights {1} = {2}")
    @CsvSource(textBlock = """
            # total (p) | weights of A B C   | shares of A B C  | why
              100       | 1 1 1              | 34 33 33         | 33.33 each; 1p left; equal remainders: A first
              200       | 1 1 1              | 67 67 66         | 66.67 each; 2p left: A and B
              1000      | 1 2 3              | 167 333 500      | 166.67 / 333.33 / 500: A has the largest remainder
              1000      | 0.5 0.25 0.25      | 500 250 250      | exact
              7         | 3 3 1              | 3 3 1            | exact
              10        | 2.5 2.5 5          | 3 2 5            | 2.5 / 2.5 / 5: the tie goes to A
            """, delimiter = '|')
    void shares(long total, String weights, String expected, String why) {
        String[] w = weights.trim().split("\\s+");
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        // inserted in reverse to show that the input order does not matter
        map.put("C", new BigDecimal(w[2]));
        map.put("B", new BigDecimal(w[1]));
        map.put("A", new BigDecimal(w[0]));
        Map<String, Long> shares = LargestRemainder.share(total, map);
        List<Long> want = Arrays.stream(expected.trim().split("\\s+")).map(Long::valueOf).toList();
        assertThat(List.copyOf(shares.values())).as(why).isEqualTo(want);
        assertThat(shares.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
    }
}
