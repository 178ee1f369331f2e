package plv.membership.core.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import plv.membership.api.AgreementDates;
import plv.membership.api.AgreementTerms;
import plv.membership.api.BreakPoint;
import plv.membership.api.Term;
import plv.platform.api.time.WorkingDays;

/**
 * The date rules with the demo agreement "PLV Members' Agreement 2023" (seed 000): initial term of 5 years from
 * 1 April 2023 with a break at the end of year 3, renewal every 10 years with a break at the end of year 5, break
 * notice at least 6 calendar months before the break date, on a working day.
 */
class AgreementCalendarTest {

    static final AgreementTerms DEMO = new AgreementTerms(LocalDate.of(2023, 4, 1), 5, 3, 10, 5, 6, true);
    /** Two renewals ratified: the dates of the terms to 2048. */
    final AgreementCalendar calendar = new AgreementCalendar(DEMO, 2, WorkingDays.englandAndWales());
    /** As the seed has it today: no renewal ratified yet. */
    final AgreementCalendar unratified = new AgreementCalendar(DEMO);

    @ParameterizedTest(name = "term {0}: {1} to {2}, break {3}, notice by {4}")
    @CsvSource(textBlock = """
            # term | start      | end        | break date | last notice date
              0    | 2023-04-01 | 2028-03-31 | 2026-03-31 | 2025-09-30
              1    | 2028-04-01 | 2038-03-31 | 2033-03-31 | 2032-09-30
              2    | 2038-04-01 | 2048-03-31 | 2043-03-31 | 2042-09-30
            """, delimiter = '|')
    void termsAndBreaks(int number, LocalDate start, LocalDate end, LocalDate breakDate, LocalDate lastNotice) {
        Term t = calendar.term(number);
        assertThat(t.start()).isEqualTo(start);
        assertThat(t.end()).isEqualTo(end);
        assertThat(t.breakPoint()).isEqualTo(new BreakPoint(breakDate, lastNotice));
    }

    @ParameterizedTest(name = "on {0}: term {1}, next break {2} (notice by {3}), term end {4}, renewal {5}, next term break {6}")
    @CsvSource(textBlock = """
            # as of    | term | next break | notice by  | term end   | renewal    | next term's break (renewals ratified)
              2023-04-01 | 0  | 2026-03-31 | 2025-09-30 | 2028-03-31 | 2028-04-01 | 2033-03-31
              2025-09-30 | 0  | 2026-03-31 | 2025-09-30 | 2028-03-31 | 2028-04-01 | 2033-03-31
              2025-10-01 | 0  | 2033-03-31 | 2032-09-30 | 2028-03-31 | 2028-04-01 | 2033-03-31
              2028-03-31 | 0  | 2033-03-31 | 2032-09-30 | 2028-03-31 | 2028-04-01 | 2033-03-31
              2028-04-01 | 1  | 2033-03-31 | 2032-09-30 | 2038-03-31 | 2038-04-01 | 2043-03-31
              2032-10-01 | 1  | 2043-03-31 | 2042-09-30 | 2038-03-31 | 2038-04-01 | 2043-03-31
            """, delimiter = '|')
    void datesShownOnADay(LocalDate asOf, int term, LocalDate nextBreak, LocalDate noticeBy, LocalDate termEnd,
            LocalDate renewal, LocalDate nextTermBreak) {
        AgreementDates d = calendar.datesOn(asOf);
        assertThat(d.currentTerm().number()).isEqualTo(term);
        assertThat(d.nextBreak()).isEqualTo(new BreakPoint(nextBreak, noticeBy));
        assertThat(d.termEnd()).isEqualTo(termEnd);
        assertThat(d.renewalDate()).isEqualTo(renewal);
        assertThat(d.nextTerm().breakPoint().breakDate()).isEqualTo(nextTermBreak);
    }

    @ParameterizedTest(name = "notice served {0} takes effect at {1}")
    @CsvSource(textBlock = """
            # served on | takes effect at the break on
              2023-04-01 | 2026-03-31
              2025-09-30 | 2026-03-31
              2026-04-01 | 2033-03-31
              2032-09-30 | 2033-03-31
            """, delimiter = '|')
    void noticeInTime(LocalDate servedOn, LocalDate breakDate) {
        assertThat(calendar.breakTakenBy(servedOn).breakDate()).isEqualTo(breakDate);
    }

    @ParameterizedTest(name = "notice served {0} is refused")
    @CsvSource(textBlock = """
            # served on | message
              2025-10-01 | Notice served on 2025-10-01 is after the last notice date 2025-09-30 for the break on 2026-03-31; the next date the membership can end is 2033-03-31 (the break of the renewal term 1, notice by 2032-09-30).
              2026-03-31 | Notice served on 2026-03-31 is after the last notice date 2025-09-30 for the break on 2026-03-31; the next date the membership can end is 2033-03-31 (the break of the renewal term 1, notice by 2032-09-30).
              2032-10-01 | Notice served on 2032-10-01 is after the last notice date 2032-09-30 for the break on 2033-03-31; the next date the membership can end is 2043-03-31 (the break of the renewal term 2, notice by 2042-09-30).
            """, delimiter = '|')
    void noticeTooLate(LocalDate servedOn, String message) {
        assertThatThrownBy(() -> calendar.breakTakenBy(servedOn)).isInstanceOf(NoticeTooLateException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "break after year {1} of a term from {0} = {2}: notice {3} months before falls on {4}, moved to {5}")
    @CsvSource(textBlock = """
            # term start | break after year | break date | months | calendar date (day)      | last notice date (working day)
              2023-04-01 | 1                | 2024-03-31 | 6      | 2023-09-30 (Saturday)    | 2023-09-29
              2025-06-27 | 1                | 2026-06-26 | 6      | 2025-12-26 (Boxing Day)  | 2025-12-24
              2023-04-01 | 3                | 2026-03-31 | 6      | 2025-09-30 (Tuesday)     | 2025-09-30
            """, delimiter = '|')
    void workingDayRule(LocalDate termStart, int breakAfter, LocalDate breakDate, int months, String calendarDay,
            LocalDate lastNotice) {
        AgreementTerms terms = new AgreementTerms(termStart, 5, breakAfter, 0, 0, months, true);
        BreakPoint bp = new AgreementCalendar(terms).term(0).breakPoint();
        assertThat(bp.breakDate()).isEqualTo(breakDate);
        assertThat(breakDate.minusMonths(months)).hasToString(calendarDay.substring(0, 10));
        assertThat(bp.lastNoticeDate()).isEqualTo(lastNotice);
        AgreementTerms calendarDays = new AgreementTerms(termStart, 5, breakAfter, 0, 0, months, false);
        assertThat(new AgreementCalendar(calendarDays).term(0).breakPoint().lastNoticeDate())
                .hasToString(calendarDay.substring(0, 10));
    }

    @Test
    void aLaterJoinerOnItsOwnTermStartGetsItsOwnDates() {
        AgreementTerms late = new AgreementTerms(LocalDate.of(2024, 10, 1), 5, 3, 10, 5, 6, true);
        Term t = new AgreementCalendar(late).term(0);
        assertThat(t.end()).isEqualTo(LocalDate.of(2029, 9, 30));
        assertThat(t.breakPoint()).isEqualTo(new BreakPoint(LocalDate.of(2027, 9, 30), LocalDate.of(2027, 3, 30)));
    }

    @Test
    void withoutRenewalThereIsNoLaterBreak() {
        AgreementTerms noRenewal = new AgreementTerms(LocalDate.of(2023, 4, 1), 5, 3, 0, 0, 6, true);
        assertThatThrownBy(() -> new AgreementCalendar(noRenewal).breakTakenBy(LocalDate.of(2025, 10, 1)))
                .hasMessage("Notice served on 2025-10-01 is after the last notice date 2025-09-30 for the break on"
                        + " 2026-03-31; the next date the membership can end is 2028-03-31 (the end of the initial term:"
                        + " no renewal has been ratified).");
        assertThat(new AgreementCalendar(noRenewal).datesOn(LocalDate.of(2024, 1, 1)).renewalDate()).isNull();
    }

    /** Seed 000: renewal is "subject to ratification"; without it the membership ends with the initial term. */
    @ParameterizedTest(name = "without ratification, on {0}: next exit {1}, next break {2}")
    @CsvSource(textBlock = """
            # as of    | next exit  | next break (none after the initial one)
              2024-01-01 | 2026-03-31 | 2026-03-31
              2025-10-01 | 2028-03-31 |
              2028-03-31 | 2028-03-31 |
              2028-04-01 |            |
            """, delimiter = '|')
    void withoutRatificationMembershipEndsAtTheTermEnd(LocalDate asOf, LocalDate nextExit, LocalDate nextBreak) {
        AgreementDates d = unratified.datesOn(asOf);
        assertThat(d.nextExit()).isEqualTo(nextExit);
        assertThat(d.nextBreak() == null ? null : d.nextBreak().breakDate()).isEqualTo(nextBreak);
        assertThat(d.membershipEnd()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(d.renewalDate()).isNull();
        assertThat(d.nextTerm()).isNull();
        assertThat(d.currentTerm().number()).isZero();
    }

    @Test
    void aLateNoticeWithoutRatificationNamesTheTermEndAndWithItTheRenewalsBreak() {
        assertThatThrownBy(() -> unratified.breakTakenBy(LocalDate.of(2025, 10, 1)))
                .hasMessage("Notice served on 2025-10-01 is after the last notice date 2025-09-30 for the break on"
                        + " 2026-03-31; the next date the membership can end is 2028-03-31 (the end of the initial term:"
                        + " no renewal has been ratified).");
        AgreementCalendar oneRatified = new AgreementCalendar(DEMO, 1, WorkingDays.englandAndWales());
        assertThatThrownBy(() -> oneRatified.breakTakenBy(LocalDate.of(2025, 10, 1)))
                .hasMessageEndingWith("the next date the membership can end is 2033-03-31 (the break of the renewal"
                        + " term 1, notice by 2032-09-30).");
        assertThat(oneRatified.membershipEnd()).isEqualTo(LocalDate.of(2038, 3, 31));
        assertThat(oneRatified.datesOn(LocalDate.of(2025, 10, 1)).renewalDate()).isEqualTo(LocalDate.of(2028, 4, 1));
    }
}
