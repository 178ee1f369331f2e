package plv.programme.sch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class OccupancyTest {

    private static final LocalDate D = LocalDate.of(2028, 4, 1);

    @Test
    void countsPlaceDaysBothEndsInclusiveAndClipsToTheRange() {
        List<Occupancy.Stay> stays = List.of(new Occupancy.Stay(D, D.plusDays(9), "E09000007", "Camden", "NCL", true),
                new Occupancy.Stay(D.minusDays(5), null, "E10000016", "Kent", null, false));
        Occupancy o = Occupancy.of(stays, 28, D, D.plusDays(29));
        assertThat(o.on(D)).isEqualTo(2);
        assertThat(o.on(D.plusDays(10))).isEqualTo(1);
        assertThat(o.total().placeDays()).isEqualTo(10 + 30);
        assertThat(o.total().capacityDays()).isEqualTo(28 * 30);
        assertThat(o.total().percent()).isEqualTo(4.8); // 40 / 840 = 4.76%
        assertThat(o.bySubRegion()).extracting(Occupancy.Line::label).containsExactly("Outside London", "North Central London");
        assertThat(o.byCouncil()).extracting(Occupancy.Line::placeDays).containsExactly(30L, 10L);
    }

    @Test
    void monthsAndFinancialYearsAddUpToTheTotal() {
        List<Occupancy.Stay> stays = List.of(new Occupancy.Stay(LocalDate.of(2028, 3, 20), LocalDate.of(2028, 4, 10), "E09000007", "Camden", "NCL", true));
        Occupancy o = Occupancy.of(stays, 28, LocalDate.of(2028, 3, 1), LocalDate.of(2028, 4, 30));
        assertThat(o.byMonth()).extracting(Occupancy.Line::placeDays).containsExactly(12L, 10L);
        assertThat(o.byFinancialYear()).extracting(Occupancy.Line::label).containsExactly("2027-28", "2028-29");
        assertThat(o.byFinancialYear().stream().mapToLong(Occupancy.Line::placeDays).sum()).isEqualTo(o.total().placeDays());
    }

    @Test
    void tenYearsOfDailyDataForTwentyEightPlacesIsQuick() {
        Random r = new Random(12);
        List<Occupancy.Stay> stays = new ArrayList<>();
        for (int place = 0; place < 28; place++) {
            LocalDate d = D;
            while (d.isBefore(D.plusYears(10))) {
                int len = 30 + r.nextInt(150);
                stays.add(new Occupancy.Stay(d, d.plusDays(len - 1), "E0900000" + (place % 9 + 1), "C" + place % 9, "NEL", place % 5 != 0));
                d = d.plusDays(len + r.nextInt(7));
            }
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            Occupancy o = Occupancy.of(stays, 28, D, D.plusYears(10).minusDays(1));
            o.byMonth();
            o.byFinancialYear();
            o.byCouncil();
            best = Math.min(best, System.nanoTime() - t);
        }
        assertThat(best / 1_000_000).as("ms").isLessThan(100);
    }
}
