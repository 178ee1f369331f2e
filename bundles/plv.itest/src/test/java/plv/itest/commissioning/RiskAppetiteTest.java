package plv.itest.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.commissioning.api.Risk;
import plv.commissioning.api.RiskAppetite;
import plv.commissioning.api.RiskAppetites;
import plv.commissioning.api.RiskCategory;
import plv.commissioning.api.RiskDraft;
import plv.commissioning.api.RiskLog;
import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.ValidationException;
import plv.platform.api.time.PlvClock;

/**
 * The board's risk appetite (issue 16): set by a recorded board decision from a date, history kept, and a risk is above
 * appetite by the setting in force. Uses the reputational category, which no other in-framework test relies on.
 */
@ExtendWith(ServiceExtension.class)
class RiskAppetiteTest {

    @InjectService(timeout = 30_000)
    static RiskAppetites appetites;
    @InjectService(timeout = 30_000)
    static RiskLog risks;
    @InjectService(timeout = 30_000)
    static PlvClock clock;

    @Test
    void aBoardDecisionLowersTheAppetiteFromItsDateAndTheRiskIsEscalated() {
        String programme = "itest-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = clock.today();
        // current score 3 x 3 = 9: above the default reputational appetite of 8
        Risk risk = risks.add(CommissioningTest.OFFICER, programme, new RiskDraft("Adverse publicity", "reputational", "Chair", "4", "4",
                "3", "3", "1", "3", "", "Communications plan", List.of()));
        int before = appetites.inForce(Actor.system(), today).stream().filter(a -> a.category() == RiskCategory.REPUTATIONAL)
                .findFirst().orElseThrow().appetite();
        assertThat(before).as("the suite's default, in a fresh database").isEqualTo(8);
        assertThat(risk.aboveAppetite()).isTrue();

        // the board raises it to 10 from yesterday: the same risk is within appetite now
        LocalDate from = today.minusDays(1);
        RiskAppetite set = appetites.set(Actor.system(), RiskCategory.REPUTATIONAL, 10, from, "PLV/B/itest/7");
        assertThat(set.appetite()).isEqualTo(10);
        assertThatThrownBy(() -> appetites.set(Actor.system(), RiskCategory.REPUTATIONAL, 9, from, "PLV/B/itest/8"))
                .as("one setting per category and date").isInstanceOf(ValidationException.class).hasMessageContaining("already set");
        assertThat(risks.get(CommissioningTest.OFFICER, programme, risk.id()).aboveAppetite()).isFalse();
        // earlier days keep the appetite they had; history keeps the decision
        assertThat(appetites.inForce(Actor.system(), from.minusDays(1)).stream()
                .filter(a -> a.category() == RiskCategory.REPUTATIONAL).findFirst().orElseThrow().effectiveFrom())
                .isNotEqualTo(from);
        assertThat(appetites.history(CommissioningTest.DIRECTOR)).anyMatch(a -> a.decisionReference().equals("PLV/B/itest/7"));
    }

    @Test
    void onlyTheSecretaryRecordsItAndBadInputNamesTheField() {
        assertThatThrownBy(() -> appetites.set(CommissioningTest.OFFICER, RiskCategory.FINANCIAL, 5, LocalDate.of(2030, 1, 1), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> appetites.set(Actor.system(), RiskCategory.FINANCIAL, 26, null, " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                        .containsExactly("appetite", "effectiveFrom", "decisionReference"));
        assertThatThrownBy(() -> appetites.inForce(CommissioningTest.VIEWER, LocalDate.of(2030, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
