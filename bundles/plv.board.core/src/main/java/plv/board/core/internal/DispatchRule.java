package plv.board.core.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a meeting's agenda and papers must be sent: {@code clearDays} clear days before the meeting. "Clear days" do
 * not count the day the papers are sent nor the day of the meeting (Companies Act 2006 s360; R v Swansea City Council,
 * ex p Elitestone (1993) 66 P &amp; CR 422 on "five clear days" in the Local Government Act 1972 s100B(3)). With 5
 * clear days, papers for a meeting on Thursday 12 March must go by Friday 6 March (7, 8, 9, 10 and 11 March are clear).
 */
final class DispatchRule {
    private DispatchRule() {
    }

    /** The last day on which the papers can be sent. */
    static LocalDate papersDueBy(LocalDate meetingDay, int clearDays) {
        return meetingDay.minusDays(clearDays + 1L);
    }

    /** The clear days given by papers sent on {@code sentOn} (negative when sent after the meeting). */
    static long clearDaysGiven(LocalDate sentOn, LocalDate meetingDay) {
        return ChronoUnit.DAYS.between(sentOn, meetingDay) - 1;
    }
}
