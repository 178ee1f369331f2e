package plv.board.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import plv.board.api.ResolutionKind;
import plv.board.api.WrittenResolution;
import plv.board.api.WrittenResolution.Agreement;
import plv.membership.api.CorporateRepresentative;
import plv.membership.api.Member;
import plv.membership.api.MembershipStatus;
import plv.membership.api.StatusChange;

/** Worked examples of the written-resolution rules (Companies Act 2006 s282, s283, s284, s289, s296, s297). */
class WrittenResolutionRulesTest {

    @Test
    void theLastDayToAgreeIsTheEndOf28DaysBeginningWithTheCirculationDate() {
        // s297(1)(b): circulated on Monday 2 February 2026, day 1 is 2 February, day 28 is Sunday 1 March 2026
        LocalDate circulated = LocalDate.of(2026, 2, 2);
        assertThat(WrittenResolution.lastDayToAgree(circulated, 28)).isEqualTo("2026-03-01");
        // circulated on 1 March, the last day is 28 March
        assertThat(WrittenResolution.lastDayToAgree(LocalDate.of(2026, 3, 1), 28)).isEqualTo("2026-03-28");
        // articles with a period of 14 days
        assertThat(WrittenResolution.lastDayToAgree(circulated, 14)).isEqualTo("2026-02-15");
    }

    @Test
    void anAgreementOnDay28CountsAndOnDay29TheResolutionHasLapsed() {
        LocalDate circulated = LocalDate.of(2026, 2, 2);
        LocalDate lastDay = WrittenResolution.lastDayToAgree(circulated, 28);
        // 3 eligible members: the ordinary resolution needs 2 votes; the second arrives on day 28
        List<Agreement> day28 = List.of(new Agreement("E09000001", circulated, null),
                new Agreement("E09000003", LocalDate.of(2026, 3, 1), null));
        assertThat(ResolutionOutcome.passedOn(ResolutionKind.ORDINARY, 3, day28, lastDay)).isEqualTo("2026-03-01");
        // the same second agreement on day 29 does not count: the resolution lapsed
        List<Agreement> day29 = List.of(new Agreement("E09000001", circulated, null),
                new Agreement("E09000003", LocalDate.of(2026, 3, 2), null));
        assertThat(ResolutionOutcome.passedOn(ResolutionKind.ORDINARY, 3, day29, lastDay)).isNull();
        assertThat(ResolutionOutcome.status(null, lastDay, LocalDate.of(2026, 3, 1))).isEqualTo(WrittenResolution.Status.OPEN);
        assertThat(ResolutionOutcome.status(null, lastDay, LocalDate.of(2026, 3, 2))).isEqualTo(WrittenResolution.Status.LAPSED);
    }

    @Test
    void votesRequiredAreOfTheTotalVotingRightsOfTheEligibleMembersOneVoteEach() {
        // 33 eligible members: ordinary more than half = 17 (16 of 33 is 48.5%); special at least 75% = 25 (24 is 72.7%)
        assertThat(ResolutionKind.ORDINARY.votesRequired(33)).isEqualTo(17);
        assertThat(ResolutionKind.SPECIAL.votesRequired(33)).isEqualTo(25);
        assertThat(ResolutionKind.ORDINARY.passes(16, 33)).isFalse();
        assertThat(ResolutionKind.ORDINARY.passes(17, 33)).isTrue();
        assertThat(ResolutionKind.SPECIAL.passes(24, 33)).isFalse();
        assertThat(ResolutionKind.SPECIAL.passes(25, 33)).isTrue();
        // 4 members: exactly half is not a majority; exactly 75% is enough for a special resolution
        assertThat(ResolutionKind.ORDINARY.votesRequired(4)).isEqualTo(3);
        assertThat(ResolutionKind.SPECIAL.votesRequired(4)).isEqualTo(3);
        assertThat(ResolutionKind.ORDINARY.passes(2, 4)).isFalse();
        assertThat(ResolutionKind.SPECIAL.passes(3, 4)).isTrue();
        // 31 members (the demo): ordinary 16, special 24
        assertThat(ResolutionKind.ORDINARY.votesRequired(31)).isEqualTo(16);
        assertThat(ResolutionKind.SPECIAL.votesRequired(31)).isEqualTo(24);
        for (int n = 1; n <= 40; n++) {
            for (ResolutionKind k : ResolutionKind.values()) {
                assertThat(k.passes(k.votesRequired(n), n)).isTrue();
                assertThat(k.passes(k.votesRequired(n) - 1, n)).isFalse();
            }
        }
        assertThat(ResolutionKind.ORDINARY.passes(0, 0)).as("nobody eligible, nothing passes").isFalse();
    }

    @Test
    void theEligibleMembersAreThoseOnTheRegisterOnTheCirculationDate() {
        LocalDate day = LocalDate.of(2026, 2, 2);
        Member barnet = member("E09000003", "Barnet", change(MembershipStatus.AGREED_IN_PRINCIPLE, "2023-01-10"),
                change(MembershipStatus.MEMBER, "2023-04-01"));
        Member camden = member("E09000007", "Camden", change(MembershipStatus.MEMBER, "2023-04-01"),
                change(MembershipStatus.NOTICE_GIVEN, "2025-09-30"));
        Member ealing = member("E09000009", "Ealing", change(MembershipStatus.MEMBER, "2023-04-01"),
                change(MembershipStatus.CEASED, "2026-02-01"));
        Member joinsLater = member("E09000011", "Greenwich", change(MembershipStatus.MEMBER, "2026-02-03"));
        Member committed = member("E09000001", "City of London", change(MembershipStatus.COMMITTED, "2023-11-01"));
        List<MembersRegister.OnRegister> eligible = MembersRegister.membersOn(List.of(joinsLater, ealing, camden, barnet, committed), day);
        // a member under notice still votes; one that ceased the day before, joins the day after, or only committed does not
        assertThat(eligible).extracting(MembersRegister.OnRegister::gssCode).containsExactly("E09000003", "E09000007");
        assertThat(eligible.get(0).representative()).isEqualTo("Rep of Barnet");
    }

    private static Member member(String gss, String name, StatusChange... history) {
        return new Member(gss, name, null, "Town Hall", null, history[history.length - 1].status(), null, null, null,
                List.of(history), List.of(new CorporateRepresentative(1, "Rep of " + name, LocalDate.of(2023, 4, 1), "Cabinet", null)));
    }

    private static StatusChange change(MembershipStatus status, String on) {
        return new StatusChange(status, LocalDate.parse(on), "", "sec", Instant.parse("2023-01-01T00:00:00Z"));
    }
}
