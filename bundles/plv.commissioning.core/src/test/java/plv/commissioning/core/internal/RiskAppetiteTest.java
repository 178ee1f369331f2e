package plv.commissioning.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import plv.commissioning.api.RiskAppetite;
import plv.commissioning.api.RiskCategory;

/** Worked example of the appetite in force (docs/rules/commissioning.md). */
class RiskAppetiteTest {

    private static RiskAppetite set(RiskCategory c, int appetite, LocalDate from) {
        return new RiskAppetite(c, appetite, from, "PLV/B/2026/" + appetite, "secretary", Instant.EPOCH);
    }

    @Test
    void the_latest_setting_on_or_before_the_day_applies_and_earlier_days_keep_theirs() {
        // The board lowers its safeguarding appetite from 6 (default) to 4 from 1 April 2026, then to 3 from 1 January 2027.
        List<RiskAppetite> settings = List.of(set(RiskCategory.SAFEGUARDING, 3, LocalDate.of(2027, 1, 1)),
                set(RiskCategory.SAFEGUARDING, 4, LocalDate.of(2026, 4, 1)));
        assertThat(Appetites.on(settings, LocalDate.of(2026, 3, 31)).appetite(RiskCategory.SAFEGUARDING)).isEqualTo(6);
        assertThat(Appetites.on(settings, LocalDate.of(2026, 4, 1)).appetite(RiskCategory.SAFEGUARDING)).isEqualTo(4);
        assertThat(Appetites.on(settings, LocalDate.of(2026, 12, 31)).appetite(RiskCategory.SAFEGUARDING)).isEqualTo(4);
        assertThat(Appetites.on(settings, LocalDate.of(2027, 1, 1)).appetite(RiskCategory.SAFEGUARDING)).isEqualTo(3);
        // other categories keep the default
        assertThat(Appetites.on(settings, LocalDate.of(2027, 1, 1)).appetite(RiskCategory.FINANCIAL)).isEqualTo(12);
    }

    @Test
    void a_risk_scored_5_is_within_the_default_safeguarding_appetite_and_above_the_boards_4() {
        List<RiskAppetite> settings = List.of(set(RiskCategory.SAFEGUARDING, 4, LocalDate.of(2026, 4, 1)));
        assertThat(Appetites.on(settings, LocalDate.of(2026, 3, 31)).above(RiskCategory.SAFEGUARDING, 5)).isFalse();
        assertThat(Appetites.on(settings, LocalDate.of(2026, 4, 1)).above(RiskCategory.SAFEGUARDING, 5)).isTrue();
        assertThat(Appetites.on(settings, LocalDate.of(2026, 4, 1)).above(RiskCategory.SAFEGUARDING, 4)).isFalse();
    }
}
