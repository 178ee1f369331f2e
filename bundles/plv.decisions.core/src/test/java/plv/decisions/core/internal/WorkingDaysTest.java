package plv.decisions.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The call-in period: the 5th (or nth) working day after the decision, skipping weekends and bank holidays. */
class WorkingDaysTest {

    static final WorkingDays DAYS = new WorkingDays(BankHolidaysTest.HOLIDAYS);

    @ParameterizedTest(name = "decided {0} + {1} working days -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # decided   | n | call-in ends | why
            2023-02-08  | 5 | 2023-02-15   | Wednesday, a plain week: Thu Fri Mon Tue Wed
            2023-02-10  | 5 | 2023-02-17   | decided on a Friday
            2023-02-11  | 5 | 2023-02-17   | decided on a Saturday: Mon..Fri
            2023-04-05  | 5 | 2023-04-14   | Good Friday 7 Apr and Easter Monday 10 Apr skipped
            2023-05-03  | 5 | 2023-05-11   | coronation 8 May 2023 skipped
            2023-12-21  | 5 | 2024-01-02   | Christmas, Boxing Day and New Year's Day skipped
            2026-12-23  | 5 | 2027-01-04   | Boxing Day substitute Mon 28 Dec, New Year Fri 1 Jan
            2027-12-22  | 5 | 2027-12-31   | Christmas sub Mon 27, Boxing sub Tue 28 Dec 2027
            2022-09-14  | 5 | 2022-09-22   | state funeral 19 Sep 2022 skipped
            2025-08-20  | 5 | 2025-08-28   | summer bank holiday 25 Aug 2025 skipped
            2024-05-24  | 10 | 2024-06-10  | spring bank holiday 27 May 2024 skipped, 10 days
            2024-05-24  | 0 | 2024-05-24   | no call-in period
            """)
    void callInEnds(LocalDate decided, int n, LocalDate expected, String why) {
        assertThat(DAYS.after(decided, n)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} working day: {1}")
    @CsvSource({"2026-05-04, false", "2026-05-05, true", "2026-05-09, false", "2026-12-28, false", "2026-12-29, true"})
    void workingDay(LocalDate day, boolean working) {
        assertThat(DAYS.isWorkingDay(day)).isEqualTo(working);
    }
}
