package plv.board.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The worked example of docs/rules/board-and-registers.md, "Sending the agenda and papers". */
class DispatchRuleTest {

    @Test
    void fiveClearDaysExcludeTheDayOfSendingAndTheDayOfTheMeeting() {
        LocalDate meeting = LocalDate.of(2026, 3, 12); // a Thursday
        assertThat(DispatchRule.papersDueBy(meeting, 5)).isEqualTo(LocalDate.of(2026, 3, 6));
        // 7, 8, 9, 10 and 11 March are the five clear days
        assertThat(DispatchRule.clearDaysGiven(LocalDate.of(2026, 3, 6), meeting)).isEqualTo(5);
        // sent on the 7th: only four clear days, one short
        assertThat(DispatchRule.clearDaysGiven(LocalDate.of(2026, 3, 7), meeting)).isEqualTo(4);
        // weekends count: clear days are calendar days
        assertThat(DispatchRule.papersDueBy(LocalDate.of(2026, 3, 16), 5)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(DispatchRule.papersDueBy(meeting, 0)).isEqualTo(LocalDate.of(2026, 3, 11));
    }
}
