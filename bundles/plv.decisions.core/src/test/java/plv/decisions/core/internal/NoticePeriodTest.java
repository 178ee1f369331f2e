package plv.decisions.core.internal;

import plv.platform.api.time.WorkingDays;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 28 clear days: neither the day of publication nor the day of decision counts. */
class NoticePeriodTest {

    @ParameterizedTest(name = "published {0}, decided {1}: {2} clear days, respected {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # published | decided    | clear days | respected
            2023-06-01  | 2023-06-30 | 28         | true
            2023-06-01  | 2023-06-29 | 27         | false
            2023-06-01  | 2023-06-02 | 0          | false
            2023-06-01  | 2023-06-01 | 0          | false
            2022-06-30  | 2023-02-08 | 222        | true
            2023-01-31  | 2023-03-01 | 28         | true
            2024-01-31  | 2024-02-29 | 28         | true
            2024-01-31  | 2024-02-28 | 27         | false
            """)
    void clearDays(LocalDate published, LocalDate decided, long clear, boolean respected) {
        assertThat(WorkingDays.clearDaysBetween(published, decided)).isEqualTo(clear);
        assertThat(DecisionRules.clear(published, decided, 28)).isEqualTo(respected);
    }

    @ParameterizedTest
    @CsvSource({"2023-06-01, 2023-06-30", "2024-01-31, 2024-02-29", "2022-06-30, 2022-07-29"})
    void earliestDecision(LocalDate published, LocalDate earliest) {
        assertThat(DecisionRules.earliest(published, 28)).isEqualTo(earliest);
        assertThat(DecisionRules.clear(published, earliest, 28)).isTrue();
        assertThat(DecisionRules.clear(published, earliest.minusDays(1), 28)).isFalse();
    }
}
