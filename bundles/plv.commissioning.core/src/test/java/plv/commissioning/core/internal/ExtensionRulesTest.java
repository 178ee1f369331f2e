package plv.commissioning.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import plv.commissioning.api.ExtensionOption;

/** "3 years plus up to 2 × 12 months": option dates, decision-by dates and states, as a table. */
class ExtensionRulesTest {

    @ParameterizedTest(name = "end {0}, {1} × {2} months, notice {3}, exercised {4}, today {5}: option {6} {7}–{8} decide by {9}: {10}")
    @CsvSource({
            // a DPS call-off from Feb 2020: 3 years to 31 Jan 2023, plus up to 2 × 12 months, 3 months' notice
            "2023-01-31, 2, 12, 3, 0, 2022-06-01, 1, 2023-02-01, 2024-01-31, 2022-10-31, OPEN",
            "2023-01-31, 2, 12, 3, 0, 2022-06-01, 2, 2024-02-01, 2025-01-31, 2023-10-31, OPEN",
            "2023-01-31, 2, 12, 3, 0, 2022-11-01, 1, 2023-02-01, 2024-01-31, 2022-10-31, LAPSED",
            "2023-01-31, 2, 12, 3, 0, 2022-11-01, 2, 2024-02-01, 2025-01-31, 2023-10-31, LAPSED",
            "2023-01-31, 2, 12, 3, 1, 2023-06-01, 1, 2023-02-01, 2024-01-31, 2022-10-31, EXERCISED",
            "2023-01-31, 2, 12, 3, 1, 2023-06-01, 2, 2024-02-01, 2025-01-31, 2023-10-31, OPEN",
            "2023-01-31, 2, 12, 3, 2, 2024-06-01, 2, 2024-02-01, 2025-01-31, 2023-10-31, EXERCISED",
            // decision day itself is still open
            "2027-12-31, 1, 24, 6, 0, 2027-06-30, 1, 2028-01-01, 2029-12-31, 2027-06-30, OPEN",
            "2027-12-31, 1, 24, 6, 0, 2027-07-01, 1, 2028-01-01, 2029-12-31, 2027-06-30, LAPSED",
            // month ends: 28 Feb plus 12 months, no notice
            "2023-02-28, 1, 12, 0, 0, 2023-01-01, 1, 2023-03-01, 2024-02-28, 2023-02-28, OPEN"})
    void optionDatesAndStates(LocalDate end, int count, int months, int notice, int exercised, LocalDate today, int number, LocalDate from,
            LocalDate to, LocalDate decideBy, ExtensionOption.State state) {
        List<ExtensionOption> options = ExtensionRules.options(end, count, months, notice, exercised, today);
        assertThat(options).hasSize(count);
        assertThat(options.get(number - 1)).isEqualTo(new ExtensionOption(number, from, to, decideBy, state));
    }

    @ParameterizedTest(name = "end {0} with {1} × {2} months → {3}")
    @CsvSource({
            "2023-01-31, 2, 12, 2025-01-31",
            "2023-01-31, 0, 12, 2023-01-31",
            "2027-12-31, 1, 24, 2029-12-31",
            "2024-08-31, 1, 6, 2025-02-28"})
    void maxExtentDate(LocalDate end, int options, int months, LocalDate maxExtent) {
        assertThat(ExtensionRules.endWith(end, options, months)).isEqualTo(maxExtent);
    }
}
