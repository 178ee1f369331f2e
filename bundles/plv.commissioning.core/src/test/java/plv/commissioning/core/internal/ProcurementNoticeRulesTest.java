package plv.commissioning.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import plv.commissioning.api.ContractStatus;
import plv.commissioning.api.NoticeKind;
import plv.commissioning.core.internal.ProcurementNoticeRules.Expected;
import plv.commissioning.core.internal.ProcurementNoticeRules.Facts;
import plv.commissioning.core.internal.ProcurementNoticeRules.Recorded;

/** docs/rules/procurement-act-notices.md: each due date and the worked example of a £6 million contract. */
class ProcurementNoticeRulesTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 3, 3);
    private static final LocalDate START = LocalDate.of(2026, 4, 1);
    private static final LocalDate END = LocalDate.of(2029, 3, 31);
    private static final long SIX_MILLION = 6_000_000L * 100;

    @Test
    void dueDates() {
        // s53(1): 30 days beginning with the day entered into: 3 March is day 1, 1 April day 30
        assertThat(ProcurementNoticeRules.due(NoticeKind.CONTRACT_DETAILS, SIGNED)).isEqualTo(LocalDate.of(2026, 4, 1));
        // s80(1): terminated on 31 March 2029, due by 29 April 2029
        assertThat(ProcurementNoticeRules.due(NoticeKind.CONTRACT_TERMINATION, END)).isEqualTo(LocalDate.of(2029, 4, 29));
        // s75(1): before modifying: a modification taking effect on 1 October 2027 needs its notice by 30 September
        assertThat(ProcurementNoticeRules.due(NoticeKind.CONTRACT_CHANGE, LocalDate.of(2027, 10, 1))).isEqualTo(LocalDate.of(2027, 9, 30));
        // s71(2): once in every 12 months: the first year of performance from 1 April 2026 is reported by 31 March 2027
        assertThat(ProcurementNoticeRules.due(NoticeKind.CONTRACT_PERFORMANCE, START)).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void workedExampleASixMillionPoundContractIn2027() {
        Facts c = new Facts(SIGNED, START, END, SIX_MILLION, ContractStatus.ACTIVE);
        LocalDate today = LocalDate.of(2027, 5, 10);
        // nothing recorded: the details notice (overdue since 1 April 2026) and a performance notice for each year begun
        assertThat(ProcurementNoticeRules.expected(c, List.of(), today)).containsExactly(
                new Expected(NoticeKind.CONTRACT_DETAILS, SIGNED, LocalDate.of(2026, 4, 1)),
                new Expected(NoticeKind.CONTRACT_PERFORMANCE, START, LocalDate.of(2027, 3, 31)),
                new Expected(NoticeKind.CONTRACT_PERFORMANCE, LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31)));
        // the details notice published on 20 March 2026 and the first year's performance notice on 15 March 2027
        List<Recorded> recorded = List.of(new Recorded(NoticeKind.CONTRACT_DETAILS, SIGNED, LocalDate.of(2026, 3, 20)),
                new Recorded(NoticeKind.CONTRACT_PERFORMANCE, START, LocalDate.of(2027, 3, 15)));
        assertThat(ProcurementNoticeRules.expected(c, recorded, today))
                .containsExactly(new Expected(NoticeKind.CONTRACT_PERFORMANCE, LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31)));
        // after the end date: the termination notice too
        assertThat(ProcurementNoticeRules.expected(c, recorded, LocalDate.of(2029, 4, 2))).extracting(Expected::kind)
                .containsExactly(NoticeKind.CONTRACT_PERFORMANCE, NoticeKind.CONTRACT_PERFORMANCE, NoticeKind.CONTRACT_TERMINATION);
    }

    @Test
    void noPerformanceNoticeAtFiveMillionExactlyAndNoneBeforeTheAct() {
        Facts fiveMillion = new Facts(SIGNED, START, END, 5_000_000L * 100, ContractStatus.ACTIVE);
        assertThat(ProcurementNoticeRules.expected(fiveMillion, List.of(), LocalDate.of(2027, 5, 10))).extracting(Expected::kind)
                .containsExactly(NoticeKind.CONTRACT_DETAILS);
        Facts before = new Facts(LocalDate.of(2025, 2, 23), START, END, SIX_MILLION, ContractStatus.ACTIVE);
        assertThat(ProcurementNoticeRules.expected(before, List.of(), LocalDate.of(2027, 5, 10))).isEmpty();
        Facts notSigned = new Facts(null, START, END, SIX_MILLION, ContractStatus.PENDING);
        assertThat(ProcurementNoticeRules.expected(notSigned, List.of(), LocalDate.of(2027, 5, 10))).isEmpty();
        Facts onTheDay = new Facts(LocalDate.of(2025, 2, 24), START, END, 100, ContractStatus.ACTIVE);
        assertThat(ProcurementNoticeRules.expected(onTheDay, List.of(), LocalDate.of(2025, 3, 1))).extracting(Expected::kind)
                .containsExactly(NoticeKind.CONTRACT_DETAILS);
    }

    @Test
    void aContractTerminatedEarlyNeedsItsTerminationNoticeOnceRecordedAsTerminated() {
        Facts terminated = new Facts(SIGNED, START, END, 100, ContractStatus.TERMINATED);
        assertThat(ProcurementNoticeRules.expected(terminated, List.of(new Recorded(NoticeKind.CONTRACT_DETAILS, SIGNED, SIGNED)),
                LocalDate.of(2027, 5, 10))).extracting(Expected::kind).containsExactly(NoticeKind.CONTRACT_TERMINATION);
    }
}
