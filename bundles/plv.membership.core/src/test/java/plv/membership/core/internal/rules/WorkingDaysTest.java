package plv.membership.core.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bank holidays in England and Wales as published on gov.uk. */
class WorkingDaysTest {

    @ParameterizedTest(name = "{0} working day: {1}")
    @CsvSource(textBlock = """
            # day        | working day? | why
              2025-04-18 | false | Good Friday
              2025-04-21 | false | Easter Monday
              2025-05-05 | false | Early May bank holiday
              2025-05-26 | false | Spring bank holiday
              2025-08-25 | false | Summer bank holiday
              2025-12-25 | false | Christmas Day
              2025-12-26 | false | Boxing Day
              2026-04-03 | false | Good Friday 2026
              2027-12-27 | false | Christmas Day 2027 (a Saturday) substitute
              2027-12-28 | false | Boxing Day 2027 (a Sunday) substitute
              2028-01-03 | false | New Year's Day 2028 (a Saturday) substitute
              2025-09-27 | false | Saturday
              2025-09-30 | true  | Tuesday
              2025-12-24 | true  | Christmas Eve
            """, delimiter = '|')
    void days(LocalDate day, boolean working, String why) {
        assertThat(WorkingDays.isWorkingDay(day)).as(why).isEqualTo(working);
    }
}
