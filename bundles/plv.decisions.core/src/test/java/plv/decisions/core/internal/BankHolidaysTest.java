package plv.decisions.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checked against the dates published on gov.uk/bank-holidays for England and Wales. */
class BankHolidaysTest {

    static final BankHolidays HOLIDAYS = BankHolidays.configured(DecisionSettings.DEFAULT_EXTRA,
            DecisionSettings.DEFAULT_MOVED);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2020 | 2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28
            2022 | 2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19 2022-12-26 2022-12-27
            2023 | 2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25 2023-12-26
            2024 | 2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26
            2025 | 2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26
            2026 | 2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28
            2027 | 2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28
            """)
    void matchesPublishedDates(int year, String published) {
        List<LocalDate> expected = Arrays.stream(published.trim().split("\\s+")).map(LocalDate::parse).toList();
        assertThat(HOLIDAYS.in(year)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"2023, 2023-04-09", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28",
        "2038, 2038-04-25", "2285, 2285-03-22"})
    void easter(int year, LocalDate sunday) {
        assertThat(BankHolidays.easterSunday(year)).isEqualTo(sunday);
    }

    @ParameterizedTest(name = "without one-offs, {0} is an ordinary working day")
    @CsvSource({"2023-05-08", "2022-09-19", "2020-05-08"})
    void oneOffsComeOnlyFromConfiguration(LocalDate day) {
        BankHolidays standing = BankHolidays.configured(new String[0], new String[0]);
        assertThat(standing.isBankHoliday(day)).isFalse();
        assertThat(HOLIDAYS.isBankHoliday(day)).isTrue();
    }
}
