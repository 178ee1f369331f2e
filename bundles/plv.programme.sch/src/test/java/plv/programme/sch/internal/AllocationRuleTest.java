package plv.programme.sch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import plv.programme.sch.internal.AllocationRule.Outcome;
import plv.programme.sch.internal.AllocationRule.Situation;
import plv.programme.sch.internal.AllocationRule.Verdict;
import plv.programme.sch.internal.Kinds.Urgency;

/** The allocation rule (seed 000; docs/rules/sch-allocation.md), case by case. */
class AllocationRuleTest {

    private static Verdict decide(boolean member, Urgency u, int free, int reserve, int membersWaiting, String who) {
        return AllocationRule.decide(new Situation(member, u, free, reserve, membersWaiting, who));
    }

    @Test
    void aMemberIsOfferedAPlaceBeyondTheReserve() {
        Verdict v = decide(true, Urgency.PLANNED, 3, 2, 5, "");
        assertThat(v.outcome()).isEqualTo(Outcome.OFFER);
        assertThat(v.reasons()).anyMatch(r -> r.contains("members have priority"));
    }

    @Test
    void aNonMemberWaitsWhileAMemberReferralWaits() {
        Verdict v = decide(false, Urgency.EMERGENCY, 10, 2, 1, "Director");
        assertThat(v.outcome()).isEqualTo(Outcome.WAIT);
        assertThat(v.reasons().get(v.reasons().size() - 1)).contains("1 member referral is waiting");
    }

    @Test
    void aNonMemberIsOfferedAPlaceWhenNoMemberWaitsAndTheReserveStaysIntact() {
        assertThat(decide(false, Urgency.PLANNED, 3, 2, 0, "").outcome()).isEqualTo(Outcome.OFFER);
    }

    @Test
    void aNonMemberNeverTakesTheReserveEvenInAnEmergencyWithAuthority() {
        // worked example: 2 free, reserve 2: nothing beyond the reserve
        Verdict v = decide(false, Urgency.EMERGENCY, 2, 2, 0, "Director of the PLV");
        assertThat(v.outcome()).isEqualTo(Outcome.WAIT);
        assertThat(v.reasons()).anyMatch(r -> r.contains("reserve is never sold"));
    }

    @Test
    void theReserveIsOnlyForAMembersEmergency() {
        assertThat(decide(true, Urgency.URGENT, 2, 2, 0, "Director").outcome()).isEqualTo(Outcome.WAIT);
        assertThat(decide(true, Urgency.PLANNED, 1, 2, 0, "Director").outcome()).isEqualTo(Outcome.WAIT);
    }

    @Test
    void theReserveNeedsSomeoneToAuthoriseIt() {
        Verdict unauthorised = decide(true, Urgency.EMERGENCY, 2, 2, 0, "  ");
        assertThat(unauthorised.outcome()).isEqualTo(Outcome.WAIT);
        assertThat(unauthorised.reasons().get(unauthorised.reasons().size() - 1)).contains("once someone authorises it");
        Verdict authorised = decide(true, Urgency.EMERGENCY, 2, 2, 0, "Director of the PLV");
        assertThat(authorised.outcome()).isEqualTo(Outcome.OFFER_FROM_RESERVE);
        assertThat(authorised.reasons().get(authorised.reasons().size() - 1)).contains("Director of the PLV authorised");
    }

    @Test
    void nothingFreeMeansWaitForEveryone() {
        assertThat(decide(true, Urgency.EMERGENCY, 0, 2, 0, "Director").outcome()).isEqualTo(Outcome.WAIT);
        assertThat(decide(false, Urgency.PLANNED, 0, 0, 0, "").outcome()).isEqualTo(Outcome.WAIT);
    }

    @Test
    void withNoReserveEveryFreePlaceCanBeOffered() {
        assertThat(decide(false, Urgency.PLANNED, 1, 0, 0, "").outcome()).isEqualTo(Outcome.OFFER);
    }
}
