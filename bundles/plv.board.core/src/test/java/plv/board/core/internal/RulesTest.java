package plv.board.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import plv.board.api.Attendance;
import plv.board.api.AttendanceStatus;
import plv.board.api.Capacity;
import plv.board.api.Interest;
import plv.board.api.MeetingType;
import plv.board.api.ResolutionKind;
import plv.board.api.WrittenResolution;
import plv.board.api.WrittenResolution.Agreement;
import plv.platform.api.ValidationException;

class RulesTest {

    @Test
    void quorumIsANumberOrAProportionRoundedUp() {
        assertThat(QuorumRule.parse("q", "3").required(10)).isEqualTo(3);
        assertThat(QuorumRule.parse("q", "50%").required(7)).isEqualTo(4);
        assertThat(QuorumRule.parse("q", "50%").required(8)).isEqualTo(4);
        assertThat(QuorumRule.parse("q", " 34 % ").required(0)).isEqualTo(1);
        for (String bad : new String[] { "0", "-2", "150%", "half", "" }) {
            assertThatThrownBy(() -> QuorumRule.parse("board.quorum", bad)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("board.quorum").hasMessageContaining("e.g. 50%");
        }
    }

    @Test
    void quorumPerItemFollowsArrivalsDeparturesAndInterests() {
        List<Attendance> people = List.of(
                new Attendance(1, "Zoë Brontë", 1L, Capacity.DIRECTOR, AttendanceStatus.PRESENT, null, null),
                new Attendance(2, "Órla Ní Bhriain", 2L, Capacity.DIRECTOR, AttendanceStatus.PRESENT, 2, null),
                new Attendance(3, "Łukasz Wójcik", 3L, Capacity.DIRECTOR, AttendanceStatus.PRESENT, null, 3),
                new Attendance(4, "Ödön Erdős", 4L, Capacity.DIRECTOR, AttendanceStatus.APOLOGIES, null, null),
                new Attendance(5, "Finance officer", null, Capacity.OFFICER, AttendanceStatus.IN_ATTENDANCE, null, null));
        Set<String> inOffice = Set.of("1", "2", "3", "4", "5");
        QuorumRule three = QuorumRule.parse("q", "3");
        assertThat(Quorum.presentFor(MeetingType.BOARD, 1, people, List.of(), inOffice)).isEqualTo(2);
        assertThat(Quorum.quorate(three, MeetingType.BOARD, 1, people, List.of(), inOffice)).isFalse();
        assertThat(Quorum.quorate(three, MeetingType.BOARD, 2, people, List.of(), inOffice)).isTrue();
        assertThat(Quorum.quorate(three, MeetingType.BOARD, 4, people, List.of(), inOffice)).isFalse();
        List<Interest> leftRoom = List.of(new Interest("Zoë Brontë", "Employer bids", true));
        assertThat(Quorum.quorate(three, MeetingType.BOARD, 3, people, leftRoom, inOffice)).isFalse();
        List<Interest> stayed = List.of(new Interest("Zoë Brontë", "Non-pecuniary", false));
        assertThat(Quorum.quorate(three, MeetingType.BOARD, 3, people, stayed, inOffice)).isTrue();
        // a director who was no longer in office on the day does not count
        assertThat(Quorum.presentFor(MeetingType.BOARD, 3, people, List.of(), Set.of("1", "2"))).isEqualTo(2);
        // at a general meeting only member representatives count
        assertThat(Quorum.presentFor(MeetingType.GENERAL, 2, people, List.of(), Set.of("E09000003"))).isZero();
    }

    @Test
    void generalMeetingQuorumIsTwoMembersOnTheRegisterEachCountedOnce() {
        // s318(2): two qualifying persons, unless both represent the same corporation
        QuorumRule two = QuorumRule.parse("general.quorum", "2");
        Set<String> onRegister = Set.of("E09000003", "E09000007", "E09000022");
        Attendance barnet = new Attendance(1, "Rep of Barnet", null, Capacity.MEMBER_REPRESENTATIVE, AttendanceStatus.PRESENT, null, null, "E09000003");
        Attendance barnetAgain = new Attendance(2, "Second rep of Barnet", null, Capacity.MEMBER_REPRESENTATIVE, AttendanceStatus.PRESENT, null, null, "E09000003");
        Attendance ceased = new Attendance(3, "Rep of Ealing", null, Capacity.MEMBER_REPRESENTATIVE, AttendanceStatus.PRESENT, null, null, "E09000009");
        Attendance camden = new Attendance(4, "Rep of Camden", null, Capacity.MEMBER_REPRESENTATIVE, AttendanceStatus.PRESENT, null, null, "E09000007");
        assertThat(Quorum.quorate(two, MeetingType.GENERAL, 1, List.of(barnet, barnetAgain), List.of(), onRegister)).isFalse();
        assertThat(Quorum.quorate(two, MeetingType.GENERAL, 1, List.of(barnet, ceased), List.of(), onRegister)).isFalse();
        assertThat(Quorum.quorate(two, MeetingType.GENERAL, 1, List.of(barnet, barnetAgain, camden), List.of(), onRegister)).isTrue();
        // articles setting a proportion: one third of 31 members on the register is 11
        assertThat(QuorumRule.parse("general.quorum", "34%").required(31)).isEqualTo(11);
    }

    @Test
    void ordinaryNeedsMoreThanHalfSpecialAtLeastThreeQuarters() {
        assertThat(ResolutionOutcome.thresholdMet(ResolutionKind.ORDINARY, 2, 4)).isFalse();
        assertThat(ResolutionOutcome.thresholdMet(ResolutionKind.ORDINARY, 3, 4)).isTrue();
        assertThat(ResolutionOutcome.thresholdMet(ResolutionKind.ORDINARY, 2, 3)).isTrue();
        assertThat(ResolutionOutcome.thresholdMet(ResolutionKind.SPECIAL, 2, 3)).isFalse();
        assertThat(ResolutionOutcome.thresholdMet(ResolutionKind.SPECIAL, 3, 4)).isTrue();
        assertThat(ResolutionOutcome.thresholdMet(ResolutionKind.SPECIAL, 24, 33)).isFalse();
        assertThat(ResolutionOutcome.thresholdMet(ResolutionKind.SPECIAL, 25, 33)).isTrue();
    }

    @Test
    void passesOnTheDayTheThresholdIsReachedLapsesAfterThePeriodAndSpecialOnesMustBeFiledIn15Days() {
        LocalDate circulated = LocalDate.of(2026, 2, 2);
        LocalDate lapses = WrittenResolution.lastDayToAgree(circulated, 28);
        List<Agreement> agreements = List.of(new Agreement("E09000003", LocalDate.of(2026, 2, 10), null),
                new Agreement("E09000001", LocalDate.of(2026, 2, 5), null),
                new Agreement("E09000005", LocalDate.of(2026, 2, 20), null));
        assertThat(ResolutionOutcome.passedOn(ResolutionKind.SPECIAL, 4, agreements, lapses)).isEqualTo("2026-02-20");
        assertThat(ResolutionOutcome.passedOn(ResolutionKind.ORDINARY, 4, agreements, lapses)).isEqualTo("2026-02-20");
        assertThat(ResolutionOutcome.passedOn(ResolutionKind.ORDINARY, 3, agreements, lapses)).isEqualTo("2026-02-10");
        assertThat(ResolutionOutcome.filingDue(ResolutionKind.SPECIAL, LocalDate.of(2026, 2, 20))).isEqualTo("2026-03-07");
        assertThat(ResolutionOutcome.filingDue(ResolutionKind.ORDINARY, LocalDate.of(2026, 2, 20))).isNull();
        assertThat(ResolutionOutcome.passedOn(ResolutionKind.SPECIAL, 5, agreements, lapses)).isNull();
        assertThat(ResolutionOutcome.status(null, lapses, lapses)).isEqualTo(WrittenResolution.Status.OPEN);
        assertThat(ResolutionOutcome.status(null, lapses, lapses.plusDays(1))).isEqualTo(WrittenResolution.Status.LAPSED);
        // an agreement after the last day to agree does not count
        List<Agreement> late = List.of(new Agreement("E09000001", lapses.plusDays(1), null));
        assertThat(ResolutionOutcome.passedOn(ResolutionKind.ORDINARY, 1, late, lapses)).isNull();
    }

    @Test
    void aDirectorIsAtLeast16OnTheDayOfAppointment() {
        // s157: born 14 April 2010, 16 on 14 April 2026
        assertThat(DirectorsRegisterService.atLeast16(LocalDate.of(2010, 4, 14), LocalDate.of(2026, 4, 14))).isTrue();
        assertThat(DirectorsRegisterService.atLeast16(LocalDate.of(2010, 4, 14), LocalDate.of(2026, 4, 13))).isFalse();
    }

    @Test
    void theSecretarysAppointmentAndCessationUseAp03AndTm02() {
        var secretary = new plv.board.api.Director(3, "Siobhán Ó Ceallaigh", "a", "England", "British", "Company secretary",
                java.time.YearMonth.of(1977, 2), null, plv.board.api.DirectorRole.COMPANY_SECRETARY, LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 6, 30), null, null, null, 0);
        assertThat(DirectorsRegisterService.reminders(List.of(secretary))).extracting(r -> r.title())
                .containsExactly("Notify Companies House of the appointment of Siobhán Ó Ceallaigh (AP03)",
                        "Notify Companies House that Siobhán Ó Ceallaigh ceased (TM02)");
    }

    @Test
    void companiesHouseRemindersAre14DaysAfterUnnotifiedAppointmentsAndCessations() {
        var notified = new plv.board.api.Director(1, "Zoë Brontë", "a", "England", "British", "Director", java.time.YearMonth.of(1970, 1),
                null, plv.board.api.DirectorRole.CHAIR, LocalDate.of(2026, 1, 5), null, LocalDate.of(2026, 1, 9), null, null, 0);
        var pending = new plv.board.api.Director(2, "Łukasz Wójcik", "a", "England", "Polish", "Director", java.time.YearMonth.of(1980, 5),
                "E09000003", plv.board.api.DirectorRole.DIRECTOR, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 1), null, null, null, 0);
        var reminders = DirectorsRegisterService.reminders(List.of(notified, pending));
        assertThat(reminders).extracting(r -> r.due().toString()).containsExactly("2026-01-19", "2026-03-15");
        assertThat(reminders.get(0).title()).contains("appointment of Łukasz Wójcik");
        assertThat(reminders.get(1).title()).contains("Łukasz Wójcik ceased");
    }
}
