package plv.membership.core.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import plv.membership.api.ContributionSchedule;
import plv.membership.api.FeeSchedule;
import plv.membership.api.FundingModel;
import plv.membership.api.IncomeReport;
import plv.platform.api.time.FinancialYear;

/** The frozen text of an issued statement: written and read back exactly, with a stable SHA-256. */
class StatementTextTest {

    @Test
    void aScheduleIsReadBackExactlyAndItsHashNeverChanges() {
        ContributionSchedule s = new ContributionCalculator(new FeeSchedule(FundingModel.FIXED_FEE, 2_000_000,
                LocalDate.of(2028, 4, 1), null), Map.of()).schedule(new FinancialYear(2028),
                LondonAuthorities.with("E09000033", LocalDate.of(2028, 10, 1), null), null, null,
                List.of(new IncomeReport("SCH", 123_456, "1 place")));
        String text = StatementText.write(s);
        assertThat(StatementText.read(text)).isEqualTo(s);
        assertThat(StatementText.write(StatementText.read(text))).isEqualTo(text);
        assertThat(text).startsWith("PLV contributions statement 1\nyear\t2028\t2028-04-01\t2029-03-31\tFIXED_FEE\t");
        assertThat(StatementText.sha256(text)).isEqualTo(StatementText.sha256(StatementText.write(s))).hasSize(64);
        // the SHA-256 of "abc" (FIPS 180-2, appendix B.1)
        assertThat(StatementText.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
