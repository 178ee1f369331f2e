package plv.commissioning.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import plv.commissioning.api.KeyDate;
import plv.platform.api.deadline.Deadline;

class CommissioningDeadlineSourceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aRiskReviewStaysOverdueAndKeepsItsUidWhenItsDateMoves() {
        Deadline due = CommissioningDeadlineSource.deadline(new KeyDate("secure-childrens-home", TODAY.minusDays(3),
                KeyDate.Kind.RISK_REVIEW, "SCH-R01", "Review risk SCH-R01: Low occupancy", "/commissioning/secure-childrens-home/risks/1"),
                "Secure Children's Home");
        Deadline moved = CommissioningDeadlineSource.deadline(new KeyDate("secure-childrens-home", TODAY.plusDays(60),
                KeyDate.Kind.RISK_REVIEW, "SCH-R01", "Review risk SCH-R01: Low occupancy", "/commissioning/secure-childrens-home/risks/1"),
                "Secure Children's Home");
        assertThat(due.overdueOn(TODAY)).isTrue();
        assertThat(due.area()).isEqualTo("Secure Children's Home");
        assertThat(due.kind()).isEqualTo("Risk review due");
        assertThat(moved.uid()).isEqualTo(due.uid()).isEqualTo("risk-review-secure-childrens-home-SCH-R01@commissioning.plv.london");
    }

    @Test
    void contractDatesSimplyPassAndTwoExtensionOptionsOfOneContractAreTwoEvents() {
        Deadline end = CommissioningDeadlineSource.deadline(new KeyDate("rpa", TODAY.minusDays(1), KeyDate.Kind.CONTRACT_END,
                "RPA-C001", "Contract RPA-C001 ends: Assessments", "/commissioning/rpa/contracts/4"), "Residential Parenting Assessments");
        assertThat(end.overdueOn(TODAY)).isFalse();
        Deadline first = CommissioningDeadlineSource.deadline(new KeyDate("rpa", TODAY, KeyDate.Kind.EXTENSION_DECISION, "RPA-C001",
                "Decide on extension option 1 of RPA-C001 (to 2028-03-31): Assessments", "/commissioning/rpa/contracts/4"), "RPA");
        Deadline second = CommissioningDeadlineSource.deadline(new KeyDate("rpa", TODAY.plusYears(1), KeyDate.Kind.EXTENSION_DECISION,
                "RPA-C001", "Decide on extension option 2 of RPA-C001 (to 2029-03-31): Assessments", "/commissioning/rpa/contracts/4"), "RPA");
        assertThat(first.uid()).isNotEqualTo(second.uid()).endsWith("@commissioning.plv.london");
        assertThat(first.kind()).isEqualTo("Extension decision due");
    }
}
