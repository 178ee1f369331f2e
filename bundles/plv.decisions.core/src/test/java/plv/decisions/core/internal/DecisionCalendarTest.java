package plv.decisions.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import plv.platform.api.time.WorkingDays;

/** The decision rules count on the suite's one calendar; configuration (PID plv.decisions.rules) only adds to it. */
class DecisionCalendarTest {

    @Test
    void builtInOneOffsNeedNoConfiguration() {
        WorkingDays days = DecisionData.calendar(new String[0], new String[0]);
        // the coronation (8 May 2023) and the State Funeral (19 September 2022) are known to the platform's calendar
        assertThat(days.isWorkingDay(LocalDate.of(2023, 5, 8))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2022, 9, 19))).isFalse();
        // worked example: decided Wednesday 3 May 2023, 5 working days skip the coronation -> Thursday 11 May
        assertThat(days.after(LocalDate.of(2023, 5, 3), 5)).isEqualTo(LocalDate.of(2023, 5, 11));
    }

    @Test
    void configuredExtraHolidayIsAddedToTheCalendar() {
        WorkingDays days = DecisionData.calendar(new String[] {"2031-07-04"}, new String[] {"2031-05-26>2031-05-27"});
        assertThat(days.isWorkingDay(LocalDate.of(2031, 7, 4))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2031, 5, 26))).isTrue();
        assertThat(days.isWorkingDay(LocalDate.of(2031, 5, 27))).isFalse();
        assertThatThrownBy(() -> DecisionData.calendar(new String[] {"4 July"}, null))
                .hasMessageContaining("'4 July'").hasMessageContaining("2023-05-08");
    }
}
