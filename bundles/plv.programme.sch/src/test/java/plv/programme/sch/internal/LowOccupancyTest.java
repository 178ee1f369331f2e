package plv.programme.sch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The worked example of docs/rules/sch-inspections-and-incidents.md (low occupancy). */
class LowOccupancyTest {

    static final LocalDate OPENING = LocalDate.of(2028, 1, 4);

    /**
     * 28 places, 8 weeks (56 days), threshold 75%: capacity 28 × 56 = 1,568 place-days, 75% of it 1,176. 22 places are
     * occupied from the opening to 31 March 2028, 20 from 1 April. On 1 June 2028 the window 7 April–1 June holds
     * 20 × 56 = 1,120 place-days: 71.4%, low. The low run began on 29 April: its window (5 March–29 April) holds
     * 20 × 56 + 2 × 27 = 1,174 < 1,176; the day before, 28 April, holds 1,120 + 2 × 28 = 1,176, exactly 75%, not below.
     */
    @Test
    void workedExample() {
        List<Occupancy.Stay> stays = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            stays.add(new Occupancy.Stay(OPENING, null, "E09000007", "Camden", "NCL", true));
        }
        stays.add(new Occupancy.Stay(OPENING, LocalDate.of(2028, 3, 31), "E09000007", "Camden", "NCL", true));
        stays.add(new Occupancy.Stay(OPENING, LocalDate.of(2028, 3, 31), "E10000016", "Kent", null, false));
        LocalDate day = LocalDate.of(2028, 6, 1);
        Occupancy o = Occupancy.of(stays, 28, OPENING, day);

        LowOccupancy.Finding f = LowOccupancy.check(o, 28, OPENING, day, 8, 75);
        assertThat(f.judged()).isTrue();
        assertThat(f.low()).isTrue();
        assertThat(f.from()).isEqualTo(LocalDate.of(2028, 4, 7));
        assertThat(f.percent()).isEqualTo(71.4);
        assertThat(f.since()).isEqualTo(LocalDate.of(2028, 4, 29));

        LowOccupancy.Finding before = LowOccupancy.check(o, 28, OPENING, LocalDate.of(2028, 4, 28), 8, 75);
        assertThat(before.low()).as("exactly 75%% is not below 75%%").isFalse();
        assertThat(before.percent()).isEqualTo(75.0);
        assertThat(before.since()).isNull();
    }

    @Test
    void aWindowStartingBeforeTheOpeningIsNotJudged() {
        Occupancy empty = Occupancy.of(List.of(), 28, OPENING, OPENING.plusDays(30));
        LowOccupancy.Finding f = LowOccupancy.check(empty, 28, OPENING, OPENING.plusDays(30), 8, 75);
        assertThat(f.judged()).isFalse();
        assertThat(f.low()).isFalse();
        // eight weeks after opening, an empty home is low from the first day it can be judged
        LocalDate day = OPENING.plusDays(70);
        LowOccupancy.Finding later = LowOccupancy.check(Occupancy.of(List.of(), 28, OPENING, day), 28, OPENING, day, 8, 75);
        assertThat(later.low()).isTrue();
        assertThat(later.since()).isEqualTo(OPENING.plusDays(55));
    }

    @Test
    void theComparisonIsExact() {
        assertThat(LowOccupancy.low(1175, 28, 56, 75)).isTrue();
        assertThat(LowOccupancy.low(1176, 28, 56, 75)).isFalse();
    }
}
