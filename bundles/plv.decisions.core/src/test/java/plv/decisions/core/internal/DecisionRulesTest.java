package plv.decisions.core.internal;

import plv.platform.api.time.PlvClock;
import plv.platform.api.time.WorkingDays;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import plv.decisions.api.CouncilDecisionDraft;
import plv.decisions.api.DecisionMaker;
import plv.decisions.api.DecisionStatus;
import plv.decisions.api.DecisionWarning;
import plv.decisions.api.NoticeException;

/** Which warnings a council decision carries: notice period (28 clear days) and call-in (5 working days). */
class DecisionRulesTest {

    static final DecisionRules RULES = new DecisionRules(WorkingDays.englandAndWales(), 5, 10);

    @ParameterizedTest(name = "[{index}] key={0} published={1} decided={2} exception={3} implemented={4} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # key  | notice published | decided    | exception          | implemented | warnings
            true   | 2022-06-30       | 2023-02-08 | NONE               | -           | -
            true   | 2023-01-10       | 2023-02-08 | NONE               | -           | -
            true   | 2023-01-11       | 2023-02-08 | NONE               | -           | notice-period
            true   | 2023-01-10       | 2023-02-07 | NONE               | -           | notice-period
            true   | 2023-01-10       | 2023-02-08 | GENERAL_EXCEPTION  | -           | -
            true   | 2023-01-31       | 2023-02-08 | SPECIAL_URGENCY    | -           | -
            true   | -                | 2023-02-08 | NONE               | -           | notice-missing
            false  | -                | 2023-02-08 | NONE               | -           | -
            true   | 2022-06-30       | 2023-02-08 | NONE               | 2023-02-15  | call-in
            true   | 2022-06-30       | 2023-02-08 | NONE               | 2023-02-16  | -
            true   | 2023-03-01       | 2023-04-05 | NONE               | 2023-04-14  | call-in
            true   | 2023-03-01       | 2023-04-05 | NONE               | 2023-04-17  | -
            true   | 2023-01-11       | 2023-02-08 | NONE               | 2023-02-09  | notice-period call-in
            """)
    void warnings(boolean key, LocalDate published, LocalDate decided, NoticeException exception, LocalDate implemented,
            String expected) {
        CouncilDecisionDraft d = new CouncilDecisionDraft("E09000010", "KD 1", "t", DecisionMaker.CABINET, null, null, decided,
                key, "reason", published, decided, exception, "why", false, null, true, null, null, null, null, null, true,
                implemented, implemented == null ? DecisionStatus.DECIDED : DecisionStatus.IMPLEMENTED, List.of());
        List<String> codes = RULES.warnings(d).stream().map(DecisionWarning::code).toList();
        assertThat(codes).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(" ")));
    }

    @ParameterizedTest(name = "decided {0}, call-in applies {1} -> ends {2}")
    @CsvSource(nullValues = "-", value = {"2023-02-08, true, 2023-02-15", "2023-02-08, false, -", "-, true, -",
        "2023-12-21, true, 2024-01-02"})
    void callInEnds(LocalDate decided, boolean applies, LocalDate ends) {
        CouncilDecisionDraft d = new CouncilDecisionDraft("E09000010", "KD 1", "t", DecisionMaker.CABINET, null, null, decided,
                false, null, null, null, NoticeException.NONE, null, false, null, true, null, null, null, null, null, applies,
                null, DecisionStatus.DECIDED, List.of());
        assertThat(RULES.callInEnds(d)).isEqualTo(ends);
    }
}
