package plv.decisions.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import plv.decisions.api.CouncilDecisionDraft;
import plv.decisions.api.DecisionMaker;
import plv.decisions.api.DecisionStatus;
import plv.decisions.api.DecisionWarning;
import plv.decisions.api.ExceptionDetails;
import plv.decisions.api.NoticeException;
import plv.decisions.api.OfficerDecisionDraft;
import plv.decisions.api.PrivateMeeting;
import plv.platform.api.time.WorkingDays;

/**
 * Worked examples of each date rule of docs/rules/council-decisions.md: 28 clear days' notice of a key decision
 * (2012 Regulations reg 9), general exception (reg 10), special urgency (reg 11), private meetings (reg 5), call-in
 * counted from publication with the period set per council, and publication of officer decision records (2014
 * Regulations reg 8).
 */
class DecisionRulesTest {

    /** 5 working days by default; Hackney's constitution (illustrative) sets 7. */
    static final DecisionRules RULES = new DecisionRules(WorkingDays.englandAndWales(), 5, Map.of("E09000012", 7), 10, 5);

    @ParameterizedTest(name = "[{index}] key={0} published={1} decided={2} exception={3} implemented={4} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # key  | notice published | decided    | exception          | implemented | warnings
            true   | 2022-06-30       | 2023-02-08 | NONE               | -           | -
            true   | 2023-01-10       | 2023-02-08 | NONE               | -           | -
            true   | 2023-01-11       | 2023-02-08 | NONE               | -           | notice-period
            true   | 2023-01-10       | 2023-02-07 | NONE               | -           | notice-period
            true   | -                | 2023-02-08 | NONE               | -           | notice-missing
            false  | -                | 2023-02-08 | NONE               | -           | -
            true   | 2022-06-30       | 2023-02-08 | NONE               | 2023-02-15  | call-in
            true   | 2022-06-30       | 2023-02-08 | NONE               | 2023-02-16  | -
            true   | 2023-03-01       | 2023-04-05 | NONE               | 2023-04-14  | call-in
            true   | 2023-03-01       | 2023-04-05 | NONE               | 2023-04-17  | -
            true   | 2023-01-11       | 2023-02-08 | NONE               | 2023-02-09  | notice-period call-in
            """)
    void noticeAndCallIn(boolean key, LocalDate published, LocalDate decided, NoticeException exception, LocalDate implemented,
            String expected) {
        // published on the day decided, so call-in runs 5 working days from the decision date here
        CouncilDecisionDraft d = draft("E09000010", key, published, decided, exception, ExceptionDetails.NONE,
                PrivateMeeting.PUBLIC, decided, implemented);
        assertThat(codes(d)).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(" ")));
    }

    @ParameterizedTest(name = "[{index}] chair informed {0}, public notice {1}, decided {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # chair informed | public notice | decided    | warnings
            2023-01-31       | 2023-02-01    | 2023-02-07 | -
            2023-02-01       | 2023-02-01    | 2023-02-07 | -
            2023-01-31       | 2023-02-01    | 2023-02-06 | general-exception
            -                | 2023-02-01    | 2023-02-07 | general-exception
            2023-01-31       | -             | 2023-02-07 | general-exception
            2023-02-02       | 2023-02-01    | 2023-02-07 | general-exception
            """)
    void generalException(LocalDate chairInformed, LocalDate publicNotice, LocalDate decided, String expected) {
        // reg 10(1)(c): 5 clear days after 1 February are 2-6 February, so 7 February is the earliest decision
        CouncilDecisionDraft d = draft("E09000010", true, null, decided, NoticeException.GENERAL_EXCEPTION,
                new ExceptionDetails(chairInformed, publicNotice, null, null), PrivateMeeting.PUBLIC, decided, null);
        assertThat(codes(d)).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "[{index}] agreed by {0} on {1}, decided {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # agreed by                          | agreed on  | decided    | warnings
            Chair of Overview and Scrutiny       | 2023-02-07 | 2023-02-08 | -
            Chair of Overview and Scrutiny       | 2023-02-08 | 2023-02-08 | -
            Chair of Overview and Scrutiny       | 2023-02-09 | 2023-02-08 | special-urgency
            -                                    | 2023-02-07 | 2023-02-08 | special-urgency
            Chair of Overview and Scrutiny       | -          | 2023-02-08 | special-urgency
            """)
    void specialUrgency(String agreedBy, LocalDate agreedOn, LocalDate decided, String expected) {
        CouncilDecisionDraft d = draft("E09000010", true, null, decided, NoticeException.SPECIAL_URGENCY,
                new ExceptionDetails(null, null, agreedBy, agreedOn), PrivateMeeting.PUBLIC, decided, null);
        assertThat(codes(d)).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "[{index}] private meeting {2}: intention {0}, reasons {1} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # intention  | reasons    | meeting    | warnings
            2023-02-26   | 2023-03-21 | 2023-03-27 | -
            2023-02-27   | 2023-03-21 | 2023-03-27 | private-meeting
            2023-02-26   | 2023-03-22 | 2023-03-27 | private-meeting
            -            | 2023-03-21 | 2023-03-27 | private-meeting
            2023-02-26   | -          | 2023-03-27 | private-meeting
            """)
    void privateMeeting(LocalDate intention, LocalDate reasons, LocalDate meeting, String expected) {
        // reg 5(2): 28 clear days before 27 March are 27 February to 26 March, so the notice is due by 26 February;
        // reg 5(4): 5 clear days are 22-26 March, so the further notice is due by 21 March
        CouncilDecisionDraft d = draft("E09000010", false, null, meeting, NoticeException.NONE, ExceptionDetails.NONE,
                new PrivateMeeting(true, intention, reasons), meeting, null);
        assertThat(codes(d)).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "{0}: decided {1}, published {2}, call-in applies {3} -> ends {4}")
    @CsvSource(nullValues = "-", value = {
        "E09000010, 2023-02-08, 2023-02-09, true, 2023-02-16",
        "E09000012, 2023-02-08, 2023-02-09, true, 2023-02-20",
        "E09000010, 2023-02-08, -, true, -",
        "E09000010, 2023-02-08, 2023-02-09, false, -",
        "E09000010, 2023-12-20, 2023-12-21, true, 2024-01-02",
        "E09000010, 2023-05-02, 2023-05-03, true, 2023-05-11"})
    void callInCountsFromPublicationWithTheCouncilsPeriod(String gss, LocalDate decided, LocalDate published, boolean applies,
            LocalDate ends) {
        CouncilDecisionDraft d = new CouncilDecisionDraft(gss, "KD 1", "t", DecisionMaker.CABINET, null, null, decided,
                false, null, null, null, NoticeException.NONE, null, false, null, true, null, null, null, null, null, applies,
                null, DecisionStatus.DECIDED, List.of(), null, published, null, null, false);
        assertThat(RULES.callInEnds(d)).isEqualTo(ends);
    }

    @ParameterizedTest(name = "decided {0}, published {1}, today {2} -> {3}")
    @CsvSource(nullValues = "-", value = {
        // 5 working days after Wednesday 29 March 2023 end on Wednesday 5 April (Good Friday is 7 April)
        "2023-03-29, 2023-04-05, 2023-06-01, -",
        "2023-03-29, 2023-04-06, 2023-06-01, publication",
        "2023-03-29, -, 2023-04-05, -",
        "2023-03-29, -, 2023-04-06, publication"})
    void officerDecisionPublication(LocalDate decided, LocalDate published, LocalDate today, String expected) {
        OfficerDecisionDraft d = new OfficerDecisionDraft(decided, "t", "d", "r", null, "n", "p", List.of(), null, null,
                List.of(), null, false, null, null, published);
        List<String> codes = RULES.publicationWarnings(d, today).stream().map(DecisionWarning::code).toList();
        assertThat(codes).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    private static List<String> codes(CouncilDecisionDraft d) {
        return RULES.warnings(d).stream().map(DecisionWarning::code).toList();
    }

    private static CouncilDecisionDraft draft(String gss, boolean key, LocalDate noticePublished, LocalDate decided,
            NoticeException exception, ExceptionDetails details, PrivateMeeting privateMeeting, LocalDate published,
            LocalDate implemented) {
        return new CouncilDecisionDraft(gss, "KD 1", "t", DecisionMaker.CABINET, null, null, decided, key, "reason",
                noticePublished, decided, exception, "why", false, null, true, null, null, null, null, null, true,
                implemented, implemented == null ? DecisionStatus.DECIDED : DecisionStatus.IMPLEMENTED, List.of(), null,
                published, details, privateMeeting, false);
    }
}
