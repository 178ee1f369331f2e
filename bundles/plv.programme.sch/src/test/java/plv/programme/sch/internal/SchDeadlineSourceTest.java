package plv.programme.sch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import plv.platform.api.deadline.Deadline;

/** Risk reviews and contract ends as deadlines. */
class SchDeadlineSourceTest {

    @Test
    void aRiskIsDueForReviewByItsScoreAndKeepsOneUid() {
        Risk r = new Risk(1, "SCH-R01", "Low occupancy levels", "financial", "Director of the PLV", new RiskScore(4, 4),
                new RiskScore(4, 4), new RiskScore(2, 3), LocalDate.of(2028, 3, 31), "controls", "steady", LocalDate.of(2026, 10, 15), 0);
        Deadline d = SchDeadlineSource.reviewOf(r);
        assertThat(d.date()).isEqualTo(LocalDate.of(2026, 11, 14));
        assertThat(d.canBeOverdue()).isTrue();
        assertThat(d.title()).contains("SCH-R01", "score 16", "very high", "Director of the PLV");
        assertThat(d.path()).isEqualTo("/programmes/sch/risks#SCH-R01");
        assertThat(d.uid()).isEqualTo("risk-review-SCH-R01@sch.plv.london");
    }

    @Test
    void aContractEndsOnItsEndDate() {
        Deadline d = SchDeadlineSource.endOf(new Contract("SCH-C02", "Design and build", "Builder Ltd", "Open procedure", "£1.00",
                LocalDate.of(2026, 6, 1), LocalDate.of(2027, 12, 31), "pending"));
        assertThat(d.date()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(d.canBeOverdue()).isFalse();
        assertThat(d.area()).isEqualTo("Secure Children's Home");
        assertThat(d.uid()).isEqualTo("contract-end-SCH-C02@sch.plv.london");
    }
}
