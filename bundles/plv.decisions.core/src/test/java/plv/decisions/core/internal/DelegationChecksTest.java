package plv.decisions.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import plv.decisions.api.DelegationCheck;
import plv.decisions.api.DelegationDraft;
import plv.decisions.api.OfficerDecisionDraft;

/** Worked examples of the checks the monitoring officer's review makes by itself. */
class DelegationChecksTest {

    static final LocalDate COUNCIL_DECIDED = LocalDate.of(2023, 3, 15);
    static final List<String> MATTERS = List.of("Finalise the legal documents", "Final determination on membership");

    @ParameterizedTest(name = "limit {0}, value {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # limit (pence) | value (pence) | passed | detail
            2000000         | 2500000       | false  | £25,000.00 is over the delegation's limit of £20,000.00 by £5,000.00.
            2000000         | 2000000       | true   | £20,000.00 is within the limit of £20,000.00.
            2000000         | 2000001       | false  | £20,000.01 is over the delegation's limit of £20,000.00 by £0.01.
            -               | 2500000       | true   | The delegation sets no financial limit.
            2000000         | -             | false  | The record gives no value; the delegation's limit is £20,000.00.
            """)
    void financialLimit(Long limit, Long value, boolean passed, String detail) {
        DelegationCheck c = DelegationChecks.financialLimit(record(LocalDate.of(2023, 3, 29), value, null), terms(limit, null, null, MATTERS));
        assertThat(c.passed()).isEqualTo(passed);
        assertThat(c.detail()).isEqualTo(detail);
    }

    @ParameterizedTest(name = "starts {0}, expires {1}, decided {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # starts on  | expires    | officer decided | passed | why
            -            | 2028-03-31 | 2023-03-15      | true   | the council decision's own day
            -            | 2028-03-31 | 2023-03-14      | false  | before the council decision of 15 March 2023
            2023-04-01   | 2028-03-31 | 2023-03-29      | false  | before the stated start
            2023-04-01   | 2028-03-31 | 2023-04-01      | true   | on the stated start
            -            | 2028-03-31 | 2028-03-31      | true   | on the day of expiry
            -            | 2028-03-31 | 2028-04-01      | false  | after expiry
            -            | -          | 2031-01-01      | true   | no expiry
            """)
    void period(LocalDate startsOn, LocalDate expires, LocalDate decided, boolean passed, String why) {
        DelegationCheck c = DelegationChecks.period(record(decided, null, null), terms(null, startsOn, expires, MATTERS), COUNCIL_DECIDED);
        assertThat(c.passed()).as(why).isEqualTo(passed);
    }

    @ParameterizedTest(name = "matter \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # matter named by the record         | passed
            Final determination on membership     | true
            final determination  on MEMBERSHIP    | true
            Buy a minibus for the home            | false
            -                                     | false
            """)
    void scope(String matter, boolean passed) {
        assertThat(DelegationChecks.scope(record(LocalDate.of(2023, 3, 29), null, matter), terms(null, null, null, MATTERS)).passed())
                .isEqualTo(passed);
    }

    @org.junit.jupiter.api.Test
    void aDelegationListingNoMattersCannotBeCheckedSoTheCheckFails() {
        DelegationCheck c = DelegationChecks.scope(record(LocalDate.of(2023, 3, 29), null, "Anything"), terms(null, null, null, List.of()));
        assertThat(c.passed()).isFalse();
        assertThat(c.detail()).contains("lists no matters");
    }

    private static OfficerDecisionDraft record(LocalDate decided, Long valuePence, String matter) {
        return new OfficerDecisionDraft(decided, "t", "d", "r", null, "n", "p", List.of(), null, null, List.of(), valuePence,
                false, null, matter, null);
    }

    private static DelegationDraft terms(Long limit, LocalDate startsOn, LocalDate expires, List<String> matters) {
        return new DelegationDraft("Director of Children's Services", null, List.of(), "scope", limit, List.of(), expires,
                true, startsOn, matters);
    }
}
