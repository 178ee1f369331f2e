package plv.procurement.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import plv.platform.api.time.WorkingDays;
import plv.procurement.api.Admission;
import plv.procurement.api.AdmissionStatus;
import plv.procurement.api.Arrangement;
import plv.procurement.api.Bid;
import plv.procurement.api.CallOff;
import plv.procurement.api.ProcurementModel;

/** The DPS rules of docs/rules/commissioning.md, "Procurement models", with their worked examples. */
class ProcurementRulesTest {

    static final LocalDate START = LocalDate.of(2026, 4, 1);

    static Admission admitted(long id, String name, LocalDate on) {
        return new Admission(id, name, "", on.minusDays(10), AdmissionStatus.ADMITTED, on, "");
    }

    static Arrangement dps(List<Admission> admissions, List<CallOff> callOffs) {
        return new Arrangement(1, "residential-beds", "RB-DPS", "Residential beds DPS", ProcurementModel.DYNAMIC_PURCHASING_SYSTEM, START,
                START.plusYears(5), List.of("Ofsted registered children's home", "4 or 5 beds", "London or within 20 miles"), admissions,
                callOffs);
    }

    @ParameterizedTest(name = "award notice {0}: standstill ends {1}")
    @CsvSource(textBlock = """
            # notice published | last day of standstill | why
              2026-06-01       | 2026-06-10             | Monday: 1-5 Jun and 8-10 Jun are the 8 working days
              2026-06-06       | 2026-06-17             | Saturday: counting begins on Monday 8 Jun
              2025-12-18       | 2025-12-31             | Thursday: 25 and 26 Dec are bank holidays, weekends skipped
              2026-05-22       | 2026-06-03             | Friday before the spring bank holiday (Mon 25 May)
            """, delimiter = '|')
    void standstillIsEightWorkingDaysBeginningWithTheNoticeDay(LocalDate notice, LocalDate ends, String why) {
        assertThat(ProcurementRules.standstillEnds(notice, WorkingDays.englandAndWales())).as(why).isEqualTo(ends);
    }

    @Test
    void aProviderAdmittedAfterTheStartIsInvitedToTheNextCallOffAndMayWinIt() {
        Admission early = admitted(1, "Oakfield Homes Ltd", START);
        Admission late = admitted(2, "Riverside Care Ltd", START.plusMonths(3));
        Arrangement a = dps(List.of(early, late), List.of());
        // the call-off opened before the late admission invites only the early provider
        assertThat(a.admittedOn(START.plusMonths(1))).extracting(Admission::providerName).containsExactly("Oakfield Homes Ltd");
        // the next one invites both
        assertThat(a.admittedOn(START.plusMonths(4))).extracting(Admission::providerName)
                .containsExactly("Oakfield Homes Ltd", "Riverside Care Ltd");
        CallOff next = new CallOff(2, "CO-2", "2 beds", START.plusMonths(4), START.plusMonths(4).plusDays(14),
                ProcurementRules.scored(List.of(new Bid("Oakfield Homes Ltd", 30_000_000L, 70, null, null),
                        new Bid("Riverside Care Ltd", 27_000_000L, 75, null, null))), null, null, null);
        // Riverside: price score 100, total 0.6 × 75 + 0.4 × 100 = 85; Oakfield: price 100 × 270000/300000 = 90, total 42 + 36 = 78
        assertThat(next.bids()).extracting(Bid::totalScore).containsExactly(78, 85);
        assertThat(ProcurementRules.awardRefused(a, next, "Riverside Care Ltd", START.plusMonths(5))).isEmpty();
        assertThat(ProcurementRules.awardRefused(a, next, "Oakfield Homes Ltd", START.plusMonths(5))).get().asString()
                .contains("highest scoring bid is Riverside Care Ltd's (85 points, against 78)");
    }

    @Test
    void anAwardToAProviderNotAdmittedIsRefused() {
        Arrangement a = dps(List.of(admitted(1, "Oakfield Homes Ltd", START),
                new Admission(2, "Unvetted Homes Ltd", "", START, AdmissionStatus.REFUSED, START.plusDays(5), "Criteria not met: 1")),
                List.of());
        CallOff c = new CallOff(1, "CO-1", "1 bed", START.plusDays(10), START.plusDays(20),
                ProcurementRules.scored(List.of(new Bid("Oakfield Homes Ltd", 100L, 50, null, null))), null, null, null);
        assertThat(ProcurementRules.awardRefused(a, c, "Unvetted Homes Ltd", START.plusDays(30))).get().asString()
                .contains("Unvetted Homes Ltd is not admitted to RB-DPS; a call-off may go only to a provider admitted to the dynamic"
                        + " purchasing system");
        assertThat(ProcurementRules.awardRefused(a, c, "Oakfield Homes Ltd", START.plusDays(15))).get().asString()
                .contains("Bids for CO-1 close on 2026-04-21");
    }

    @Test
    void stageOneAdmitsOnlyWhenEveryCriterionIsMet() {
        List<String> criteria = dps(List.of(), List.of()).criteria();
        assertThat(ProcurementRules.unmet(criteria, Set.of(1, 2, 3))).isEmpty();
        assertThat(ProcurementRules.unmet(criteria, Set.of(1, 3))).contains("Criteria not met: 2. 4 or 5 beds");
    }

    @Test
    void aDpsTakesApplicationsAtAnyTimeWhileOpenAFrameworkOnlyBeforeItOpens() {
        Arrangement a = dps(List.of(), List.of());
        assertThat(ProcurementRules.applicationRefused(a, START.plusYears(2))).isEmpty();
        assertThat(ProcurementRules.applicationRefused(a, START.plusYears(6))).get().asString().contains("closed on 2031-04-01");
        Arrangement framework = new Arrangement(2, "p", "FW", "Framework", ProcurementModel.FRAMEWORK, START, null, List.of(), List.of(),
                List.of());
        assertThat(ProcurementRules.applicationRefused(framework, START.minusDays(1))).isEmpty();
        assertThat(ProcurementRules.applicationRefused(framework, START.plusDays(1))).get().asString().contains("admits no providers after");
        Arrangement block = new Arrangement(3, "p", "BC", "Block", ProcurementModel.BLOCK_CONTRACT, START, null, List.of(), List.of(),
                List.of());
        assertThat(ProcurementRules.applicationRefused(block, START)).get().asString().contains("block contract");
    }

    @Test
    void aDynamicMarketTakesApplicationsWhileItIsOpenAsADpsDoes() {
        Arrangement market = new Arrangement(9, "residential-beds", "RB-DM", "Residential beds dynamic market", ProcurementModel.DYNAMIC_MARKET,
                START, START.plusYears(4), List.of("Ofsted registered"), List.of(), List.of());
        assertThat(ProcurementRules.applicationRefused(market, START.plusYears(2))).isEmpty();
        assertThat(ProcurementRules.applicationRefused(market, START.plusYears(4).plusDays(1))).hasValueSatisfying(
                m -> assertThat(m).contains("dynamic market RB-DM closed on " + START.plusYears(4)));
        assertThat(ProcurementModel.DYNAMIC_MARKET.admitsProviders()).isTrue();
    }
}
