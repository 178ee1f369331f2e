package plv.programme.sch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PricesTest {

    @Test
    void chargesEachRunOfDaysAtThePriceInForceRoundedHalfUp() {
        Prices p = new Prices(List.of(new Prices.Price(LocalDate.of(2029, 4, 1), 700000, 800100),
                new Prices.Price(LocalDate.of(2028, 1, 1), 650000, 750000)));
        // 7 days at £7,500/week = £7,500; 3 days at £8,001 = 3429.00 (2400300/7 = 342900)
        assertThat(p.charge(LocalDate.of(2029, 3, 25), LocalDate.of(2029, 4, 3), false)).isEqualTo(750000 + 342900);
        assertThat(p.charge(LocalDate.of(2029, 3, 25), LocalDate.of(2029, 3, 31), true)).isEqualTo(650000);
        // 1 day at £7,500/7 = 107142.857 -> 107143
        assertThat(p.charge(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 1, 1), false)).isEqualTo(107143);
    }

    @Test
    void daysBeforeTheFirstPriceCostNothing() {
        Prices p = new Prices(List.of(new Prices.Price(LocalDate.of(2028, 1, 1), 650000, 700000)));
        assertThat(p.charge(LocalDate.of(2027, 12, 25), LocalDate.of(2028, 1, 7), false)).isEqualTo(700000);
    }
}
