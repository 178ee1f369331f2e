package plv.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle(5, Duration.ofMinutes(15), Duration.ofHours(1));
    private final Instant t = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void theFirstFailuresAreFreeThenTheWaitDoublesUpToTheCap() {
        assertThat(throttle.delay(0)).isZero();
        assertThat(throttle.delay(4)).isZero();
        assertThat(throttle.delay(5)).hasSeconds(1);
        assertThat(throttle.delay(6)).hasSeconds(2);
        assertThat(throttle.delay(9)).hasSeconds(16);
        assertThat(throttle.delay(14)).hasSeconds(512);
        assertThat(throttle.delay(15)).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.delay(1_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anAttemptWaitsUntilTheDelayAfterTheLastFailureAndNeverLocksForGood() {
        // 7 failures, the last at 10:00: the wait is 4 s.
        assertThat(throttle.waitUntil(7, t, t.plusSeconds(1))).isEqualTo(t.plusSeconds(4));
        assertThat(throttle.waitUntil(7, t, t.plusSeconds(4))).isNull();
        assertThat(throttle.waitUntil(4, t, t)).isNull();
        // After the window, failures are forgotten.
        assertThat(throttle.current(100, t, t.plus(Duration.ofMinutes(61)))).isZero();
        assertThat(throttle.waitUntil(100, t, t.plus(Duration.ofMinutes(16)))).isNull();
    }
}
