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

    /**
     * A check waiting on a database that is down holds its request thread; the other callers meanwhile are given the
     * last status (or DOWN before any) at once instead of each starting a check of their own.
     */
    @Test
    void oneCheckAtATimeTheOthersAreGivenTheLastStatus() throws Exception {
        HealthServlet.AnonymousStatus status = new HealthServlet.AnonymousStatus();
        java.util.concurrent.CountDownLatch inCheck = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Supplier<HealthServlet.Checked> slowUp = () -> {
            checks.incrementAndGet();
            inCheck.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new HealthServlet.Checked("UP", true, 0);
        };
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> status.current(0, slowUp));
        assertThat(inCheck.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 20; i++) {
            HealthServlet.Checked meanwhile = status.current(i * MS, slowUp);
            assertThat(meanwhile.up()).isFalse();
            assertThat(meanwhile.status()).isEqualTo("DOWN");
        }
        release.countDown();
        assertThat(first.get(5, java.util.concurrent.TimeUnit.SECONDS).status()).isEqualTo("UP");
        assertThat(checks).hasValue(1);
        // the UP is then reused for a second
        assertThat(status.current(500 * MS, slowUp).status()).isEqualTo("UP");
        assertThat(checks).hasValue(1);
    }
}
