package plv.commissioning.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import plv.commissioning.api.RiskCategory;
import plv.commissioning.api.RiskScore;
import plv.commissioning.api.RiskTrend;

class RiskRulesTest {

    @ParameterizedTest(name = "L{0} x I{1} = {2}: {3}, reviewed {5} → next {6}")
    @CsvSource({
            "1, 1,  1, low,       182, 2026-01-01, 2026-07-02",
            "2, 2,  4, low,       182, 2026-01-01, 2026-07-02",
            "1, 5,  5, medium,     91, 2026-01-01, 2026-04-02",
            "3, 3,  9, medium,     91, 2026-11-30, 2027-03-01",
            "2, 5, 10, high,       60, 2026-01-01, 2026-03-02",
            "3, 4, 12, high,       60, 2024-01-31, 2024-03-31",
            "3, 5, 15, very high,  30, 2026-02-01, 2026-03-03",
            "5, 5, 25, very high,  30, 2026-12-15, 2027-01-14"})
    void scoreBandReviewFrequencyAndNextReview(int likelihood, int impact, int value, String rating, int days, LocalDate reviewed,
            LocalDate next) {
        RiskScore s = new RiskScore(likelihood, impact);
        assertThat(s.value()).isEqualTo(value);
        assertThat(s.rating()).isEqualTo(rating);
        assertThat(RiskRules.reviewEveryDays(s)).isEqualTo(days);
        assertThat(RiskRules.nextReview(s, reviewed)).isEqualTo(next);
    }

    @ParameterizedTest(name = "{0}x{1} → {2}x{3}: {4}")
    @CsvSource({
            "3, 4, 2, 4, IMPROVING",
            "3, 4, 4, 3, STEADY",
            "3, 4, 2, 5, IMPROVING",
            "2, 2, 1, 5, WORSENING",
            "1, 1, 1, 1, STEADY",
            "4, 4, 5, 4, WORSENING"})
    void trendComparesTheScoresNotTheirParts(int l1, int i1, int l2, int i2, RiskTrend trend) {
        assertThat(RiskRules.trend(new RiskScore(l1, i1), new RiskScore(l2, i2))).isEqualTo(trend);
    }

    @ParameterizedTest(name = "{0} at {1}x{2} above appetite: {3}")
    @CsvSource({
            "SAFEGUARDING, 2, 3, false",
            "SAFEGUARDING, 2, 5, true",
            "REPUTATIONAL, 2, 4, false",
            "REPUTATIONAL, 3, 3, true",
            "REGULATORY,   2, 5, false",
            "REGULATORY,   3, 4, true",
            "FINANCIAL,    3, 4, false",
            "FINANCIAL,    4, 4, true",
            "OPERATIONAL,  5, 3, true"})
    void escalationAboveTheCategorysDefaultAppetite(RiskCategory category, int likelihood, int impact, boolean above) {
        Appetites defaults = Appetites.on(java.util.List.of(), java.time.LocalDate.of(2026, 12, 4));
        assertThat(defaults.above(category, new RiskScore(likelihood, impact).value())).isEqualTo(above);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"secure-childrens-home, SCH", "residential-parenting-assessments, RPA", "example-pathfinder, EP", "x, X"})
    void referencePrefixFromTheProgrammeId(String id, String prefix) {
        assertThat(RiskRules.prefix(id)).isEqualTo(prefix);
    }

    @Test
    void aScoreOutsideOneToFiveIsRefused() {
        assertThatThrownBy(() -> new RiskScore(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskScore(3, 6)).isInstanceOf(IllegalArgumentException.class);
    }
}
