package plv.board.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;

import plv.board.api.BoardDeadline;

/** Worked examples of the confirmation statement (s853A) and accounts (s391, s442, s443) deadlines. */
class FilingCalendarTest {
    private static final LocalDate INCORPORATED = LocalDate.of(2023, 4, 1);
    private static final MonthDay MARCH_31 = MonthDay.of(3, 31);

    @Test
    void confirmationStatementIsDue14DaysAfterTheEndOfEachReviewPeriod() {
        // first review period: 12 months beginning with incorporation on 1 April 2023, to 31 March 2024; due 14 April 2024
        assertThat(FilingCalendar.reviewPeriodEnd(INCORPORATED, null)).isEqualTo("2024-03-31");
        assertThat(FilingCalendar.confirmationStatementDue(LocalDate.of(2024, 3, 31))).isEqualTo("2024-04-14");
        // made up to 31 March 2024: the next period is 1 April 2024 to 31 March 2025, due 14 April 2025
        assertThat(FilingCalendar.reviewPeriodEnd(INCORPORATED, LocalDate.of(2024, 3, 31))).isEqualTo("2025-03-31");
        // delivered early, made up to 10 January 2025: the next period begins on 11 January 2025 (s853A(6))
        assertThat(FilingCalendar.reviewPeriodEnd(INCORPORATED, LocalDate.of(2025, 1, 10))).isEqualTo("2026-01-10");
        assertThat(FilingCalendar.confirmationStatementDue(LocalDate.of(2026, 1, 10))).isEqualTo("2026-01-24");
    }

    @Test
    void accountsOfAPrivateCompanyAreDueNineMonthsAfterThePeriodEnds() {
        // incorporated 1 April 2023 with 31 March: first period ends 31 March 2024 (12 months), due 31 December 2024
        assertThat(FilingCalendar.firstPeriodEnd(INCORPORATED, MARCH_31)).isEqualTo("2024-03-31");
        assertThat(FilingCalendar.accountsDue(INCORPORATED, LocalDate.of(2024, 3, 31))).isEqualTo("2024-12-31");
        assertThat(FilingCalendar.nextPeriodEnd(INCORPORATED, MARCH_31, LocalDate.of(2024, 3, 31))).isEqualTo("2025-03-31");
        assertThat(FilingCalendar.accountsDue(INCORPORATED, LocalDate.of(2025, 3, 31))).isEqualTo("2025-12-31");
        // s443: a period ending on the last day of June ends 9 months later on the last day of March
        assertThat(FilingCalendar.monthsAfter(LocalDate.of(2024, 6, 30), 9)).isEqualTo("2025-03-31");
        assertThat(FilingCalendar.monthsAfter(LocalDate.of(2024, 5, 30), 9)).isEqualTo("2025-02-28");
    }

    @Test
    void aFirstPeriodLongerThan12MonthsHas21MonthsFromIncorporation() {
        // incorporated 15 January 2023: 31 March 2023 is not more than 6 months on, so the first period ends 31 March 2024
        LocalDate incorporated = LocalDate.of(2023, 1, 15);
        assertThat(FilingCalendar.firstPeriodEnd(incorporated, MARCH_31)).isEqualTo("2024-03-31");
        // 14½ months: 21 months from incorporation (15 October 2024) is later than 3 months after the end (30 June 2024)
        assertThat(FilingCalendar.accountsDue(incorporated, LocalDate.of(2024, 3, 31))).isEqualTo("2024-10-15");
        // incorporated 1 October 2023: 31 March 2024 is only 6 months on, so the first period ends 31 March 2025 (18 months)
        assertThat(FilingCalendar.firstPeriodEnd(LocalDate.of(2023, 10, 1), MARCH_31)).isEqualTo("2025-03-31");
        assertThat(FilingCalendar.accountsDue(LocalDate.of(2023, 10, 1), LocalDate.of(2025, 3, 31))).isEqualTo("2025-07-01");
    }

    @Test
    void theNextDeadlinesFollowTheFilingsRecorded() {
        assertThat(CompanyFilingsService.deadlines(INCORPORATED, MARCH_31, null, null)).extracting(BoardDeadline::due)
                .extracting(Object::toString).containsExactly("2024-04-14", "2024-12-31");
        assertThat(CompanyFilingsService.deadlines(INCORPORATED, MARCH_31, LocalDate.of(2026, 3, 31), LocalDate.of(2025, 3, 31)))
                .extracting(BoardDeadline::due).extracting(Object::toString).containsExactly("2027-04-14", "2026-12-31");
        assertThat(BoardDeadlineSource.staysUntilDone(BoardDeadline.Kind.CONFIRMATION_STATEMENT)).isTrue();
    }
}
