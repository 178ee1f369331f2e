package plv.programme.sch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import plv.platform.api.FieldError;
import plv.platform.api.ValidationException;

class RiskRulesTest {

    @ParameterizedTest(name = "L{0} x I{1} = {2}: {3}, review every {4} days")
    @CsvSource({
            "1, 1,  1, low,       182",
            "2, 2,  4, low,       182",
            "1, 5,  5, medium,     91",
            "3, 3,  9, medium,     91",
            "2, 5, 10, high,       60",
            "3, 4, 12, high,       60",
            "3, 5, 15, very high,  30",
            "5, 5, 25, very high,  30"})
    void scoresBandsAndReviewFrequency(int likelihood, int impact, int value, String rating, int days) {
        RiskScore s = new RiskScore(likelihood, impact);
        assertThat(s.value()).isEqualTo(value);
        assertThat(s.rating()).isEqualTo(rating);
        assertThat(s.reviewEveryDays()).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0} at {1}x{2} above appetite: {3}")
    @CsvSource({
            "safeguarding, 2, 3, false",
            "safeguarding, 2, 5, true",
            "financial,    3, 4, false",
            "financial,    4, 4, true",
            "reputational, 3, 3, true"})
    void escalationAboveAppetite(String category, int likelihood, int impact, boolean above) {
        assertThat(new RiskScore(likelihood, impact).aboveAppetite(category)).isEqualTo(above);
    }

    @Test
    void aScoreOutsideOneToFiveIsRefused() {
        assertThatThrownBy(() -> new RiskScore(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskScore(3, 6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFormWithMistakesNamesEachFieldAndTheFix() {
        Map<String, String> form = new HashMap<>(valid());
        form.put("title", "");
        form.put("currentImpact", "7");
        form.put("targetDate", "31/03/2027");
        assertThatThrownBy(() -> RiskForm.parse(form, LocalDate.of(2026, 11, 23)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::message)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("title", "Title is required."),
                                org.assertj.core.groups.Tuple.tuple("currentImpact", "Current impact must be a whole number from 1 to 5, not '7'."),
                                org.assertj.core.groups.Tuple.tuple("targetDate", "Target date '31/03/2027' is not a date; write it as YYYY-MM-DD, e.g. 2027-03-31.")));
    }

    @Test
    void aTargetAboveTheCurrentScoreIsRefused() {
        Map<String, String> form = new HashMap<>(valid());
        form.put("targetLikelihood", "5");
        form.put("targetImpact", "5");
        assertThatThrownBy(() -> RiskForm.parse(form, LocalDate.of(2026, 11, 23)))
                .hasMessageContaining("The target score (25) is above the current score (12)");
    }

    @Test
    void aValidFormBecomesARisk() {
        RiskEntity e = RiskForm.parse(valid(), LocalDate.of(2026, 11, 23));
        assertThat(e.title).isEqualTo("Staff recruitment delayed");
        assertThat(e.currentLikelihood * e.currentImpact).isEqualTo(12);
        assertThat(e.reviewedOn).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(e.targetDate).isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Test
    void theHeatMapPlacesEachRiskByItsCurrentScore() {
        RiskEntity parsed = RiskForm.parse(valid(), LocalDate.of(2026, 11, 23));
        parsed.id = 1L;
        Risk a = Risk.of(parsed);
        var rows = SchPages.heatMap(java.util.List.of(new Risk(1, "SCH-R01", a.title(), a.category(), a.owner(), a.inherent(),
                new RiskScore(3, 4), a.target(), a.targetDate(), a.controls(), a.trend(), a.reviewedOn(), 0)));
        // row 0 is impact 5, so impact 4 is row 1; likelihood 3 is column 2
        assertThat(rows.get(1).get(2)).isEqualTo("SCH-R01");
        assertThat(rows.stream().flatMap(java.util.List::stream).filter(s -> !s.isEmpty())).hasSize(1);
    }

    private static Map<String, String> valid() {
        return Map.of("title", "Staff recruitment delayed", "category", "operational", "owner", "Registered manager",
                "inherentLikelihood", "4", "inherentImpact", "4", "currentLikelihood", "3", "currentImpact", "4",
                "targetLikelihood", "2", "targetImpact", "3", "targetDate", "2027-06-30");
    }
}
