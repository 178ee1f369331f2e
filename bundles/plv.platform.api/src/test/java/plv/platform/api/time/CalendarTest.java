package plv.platform.api.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Worked examples of the one calendar (docs/rules/calendar.md). Sources: gov.uk/bank-holidays, BFDA 1971 Sch. 1. */
class CalendarTest {

    private final BankHolidays holidays = BankHolidays.englandAndWales();
    private final WorkingDays workingDays = WorkingDays.englandAndWales();

    @Test
    void standing_holidays_of_2026_match_gov_uk() {
        assertThat(holidays.in(2026)).containsExactly(
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4),
            LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));
    }

    @Test
    void one_off_holidays_are_included() {
        assertThat(holidays.isBankHoliday(LocalDate.of(2022, 9, 19))).as("State Funeral").isTrue();
        assertThat(holidays.isBankHoliday(LocalDate.of(2023, 5, 8))).as("Coronation").isTrue();
        assertThat(holidays.isBankHoliday(LocalDate.of(2022, 6, 2))).as("moved spring holiday").isTrue();
        assertThat(holidays.isBankHoliday(LocalDate.of(2022, 5, 30))).as("the day it moved from").isFalse();
        assertThat(holidays.isBankHoliday(LocalDate.of(2020, 5, 8))).as("VE Day 75").isTrue();
        assertThat(holidays.isBankHoliday(LocalDate.of(2020, 5, 4))).isFalse();
        assertThat(holidays.in(2022)).hasSize(10);
    }

    @Test
    void christmas_at_a_weekend_moves_two_days_on() {
        // 2021: Christmas Saturday, Boxing Day Sunday -> Monday 27 and Tuesday 28
        assertThat(holidays.in(2021)).contains(LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28));
        // 2022: Christmas Sunday -> Tuesday 27, Boxing Day Monday 26
        assertThat(holidays.in(2022)).contains(LocalDate.of(2022, 12, 26), LocalDate.of(2022, 12, 27));
        // 2026: Boxing Day Saturday -> Monday 28
        assertThat(holidays.isBankHoliday(LocalDate.of(2026, 12, 28))).isTrue();
    }

    @Test
    void configured_proclamation_is_added_and_bad_entries_named() {
        BankHolidays more = holidays.withChanges(List.of("2027-06-07"), List.of("2027-05-31>2027-06-01"));
        assertThat(more.isBankHoliday(LocalDate.of(2027, 6, 7))).isTrue();
        assertThat(more.isBankHoliday(LocalDate.of(2027, 6, 1))).isTrue();
        assertThat(more.isBankHoliday(LocalDate.of(2027, 5, 31))).isFalse();
        assertThat(holidays.isBankHoliday(LocalDate.of(2027, 6, 7))).as("the shared calendar is unchanged").isFalse();
        assertThatThrownBy(() -> holidays.withChanges(List.of("7 June"), List.of()))
            .hasMessageContaining("'7 June'").hasMessageContaining("2023-05-08");
        assertThatThrownBy(() -> holidays.withChanges(List.of(), List.of("2027-05-31")))
            .hasMessageContaining("standing>replacement");
    }

    @Test
    void working_days_skip_weekends_and_holidays() {
        // Friday 5 May 2023: the next working day is Tuesday 9 May (8 May was the Coronation holiday)
        assertThat(workingDays.after(LocalDate.of(2023, 5, 5), 1)).isEqualTo(LocalDate.of(2023, 5, 9));
        // 5 working days after Wednesday 21 December 2022: 22, 23, 28, 29, 30 December
        assertThat(workingDays.after(LocalDate.of(2022, 12, 21), 5)).isEqualTo(LocalDate.of(2022, 12, 30));
        assertThat(workingDays.onOrBefore(LocalDate.of(2026, 12, 28))).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(workingDays.onOrAfter(LocalDate.of(2026, 12, 26))).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(WorkingDays.clearDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 7))).isEqualTo(5);
    }

    @Test
    void financial_year_runs_april_to_march() {
        FinancialYear y = FinancialYear.containing(LocalDate.of(2028, 3, 31));
        assertThat(y.label()).isEqualTo("2027-28");
        assertThat(FinancialYear.containing(LocalDate.of(2028, 4, 1)).label()).isEqualTo("2028-29");
        assertThat(y.days()).isEqualTo(366);
        assertThat(FinancialYear.parse("2028-29")).isEqualTo(new FinancialYear(2028));
        assertThatThrownBy(() -> FinancialYear.parse("2028-30")).hasMessageContaining("2028-29");
    }

    @Test
    void today_is_the_date_in_london_whatever_the_jvm_zone() {
        // 23:30 UTC on 30 June 2026 is 00:30 on 1 July in London (BST)
        Instant lateUtc = Instant.parse("2026-06-30T23:30:00Z");
        PlvClock clock = PlvClock.of(Clock.fixed(lateUtc, ZoneId.of("America/New_York")));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(PlvClock.fixedOn(LocalDate.of(2028, 3, 31)).today()).isEqualTo(LocalDate.of(2028, 3, 31));
    }
}
