package plv.commissioning.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import plv.commissioning.api.RiskStatus;
import plv.platform.api.time.PlvClock;

/** docs/rules/commissioning.md, "Accepted risks": the worked example. */
class RiskAcceptanceRulesTest {

    private static final LocalDate UNTIL = LocalDate.of(2027, 3, 31);

    @Test
    void acceptedUntil31March2027HoldsAllThatDayAndTheRiskIsBackToReviewOn1April() {
        assertThat(RiskAcceptanceRules.status(UNTIL, PlvClock.fixedOn(LocalDate.of(2026, 12, 5)).today())).isEqualTo(RiskStatus.ACCEPTED);
        assertThat(RiskAcceptanceRules.status(UNTIL, PlvClock.fixedOn(UNTIL).today())).as("until is inclusive").isEqualTo(RiskStatus.ACCEPTED);
        assertThat(RiskAcceptanceRules.status(UNTIL, PlvClock.fixedOn(LocalDate.of(2027, 4, 1)).today()))
                .isEqualTo(RiskStatus.ACCEPTANCE_ENDED);
        assertThat(RiskAcceptanceRules.backToReviewOn(UNTIL)).isEqualTo(LocalDate.of(2027, 4, 1));
    }

    @Test
    void theDayIsLondonsSoHalfPastMidnightBritishSummerTimeIsAlreadyTheNextDay() {
        // 23:30 UTC on 31 March 2027 is 00:30 BST on 1 April in London (clocks went forward on 28 March)
        PlvClock lateEvening = PlvClock.of(Clock.fixed(Instant.parse("2027-03-31T23:30:00Z"), java.time.ZoneOffset.UTC));
        assertThat(lateEvening.today()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(RiskAcceptanceRules.status(UNTIL, lateEvening.today())).isEqualTo(RiskStatus.ACCEPTANCE_ENDED);
        // 22:30 UTC is 23:30 BST on 31 March: still accepted
        PlvClock beforeMidnight = PlvClock.of(Clock.fixed(Instant.parse("2027-03-31T22:30:00Z"), java.time.ZoneOffset.UTC));
        assertThat(RiskAcceptanceRules.status(UNTIL, beforeMidnight.today())).isEqualTo(RiskStatus.ACCEPTED);
    }

    @Test
    void aRiskWithNoCurrentAcceptanceIsOpen() {
        assertThat(RiskAcceptanceRules.status(null, UNTIL)).isEqualTo(RiskStatus.OPEN);
    }
}
