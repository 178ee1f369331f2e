package plv.platform.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How long an anonymous {@code /health} caller is given the last status: an UP for a second (a proxy polling every
 * node costs one report a second), a DOWN for a tenth of one (a node that has just come up answers 200 within 0.1 s;
 * with a second, the start-up benchmark saw 200 on average half a second after the product was up).
 */
class HealthServletTest {

    private static final long MS = 1_000_000L;

    @Test
    void anUpIsReusedForASecond() {
        HealthServlet.Checked up = new HealthServlet.Checked("UP", true, 5_000 * MS);
        assertThat(up.reusableAt(5_000 * MS)).isTrue();
        assertThat(up.reusableAt(5_999 * MS)).isTrue();
        assertThat(up.reusableAt(6_000 * MS)).isFalse();
    }

    @Test
    void aDownIsCheckedAgainAfterATenthOfASecond() {
        HealthServlet.Checked down = new HealthServlet.Checked("DOWN", false, 5_000 * MS);
        assertThat(down.reusableAt(5_050 * MS)).isTrue();
        assertThat(down.reusableAt(5_099 * MS)).isTrue();
        assertThat(down.reusableAt(5_100 * MS)).isFalse();
        assertThat(down.reusableAt(5_500 * MS)).isFalse();
    }

    @Test
    void nanoTimeWrappingAroundDoesNotKeepAStatusForever() {
        HealthServlet.Checked up = new HealthServlet.Checked("UP", true, Long.MAX_VALUE - 10 * MS);
        assertThat(up.reusableAt(Long.MAX_VALUE)).isTrue();
        assertThat(up.reusableAt(Long.MIN_VALUE + 2_000 * MS)).isFalse(); // 2 s later, across the wrap
    }
}
