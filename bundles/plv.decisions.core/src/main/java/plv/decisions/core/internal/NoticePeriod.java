package plv.decisions.core.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The key decision notice period: 28 clear days between the day the notice is first published and the day of the
 * decision. Clear days exclude both of those days, so a notice published on 1 June allows a decision on 30 June at
 * the earliest (2–29 June are the 28 clear days).
 */
final class NoticePeriod {

    static final int KEY_DECISION_CLEAR_DAYS = 28;

    private NoticePeriod() {
    }

    /** Whole days strictly between the two dates; 0 when the decision is on or before the next day. */
    static long clearDaysBetween(LocalDate published, LocalDate decided) {
        return Math.max(0, ChronoUnit.DAYS.between(published, decided) - 1);
    }

    /** The first day a decision may be taken after a notice published on {@code published}. */
    static LocalDate earliestDecision(LocalDate published) {
        return published.plusDays(KEY_DECISION_CLEAR_DAYS + 1L);
    }

    static boolean respected(LocalDate published, LocalDate decided) {
        return clearDaysBetween(published, decided) >= KEY_DECISION_CLEAR_DAYS;
    }
}
