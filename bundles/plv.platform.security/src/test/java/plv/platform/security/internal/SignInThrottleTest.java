package plv.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle(5, Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void theFifthFailureInARowLocksForTheConfiguredPeriod() {
        int failures = 0;
        for (int i = 1; i <= 4; i++) {
            SignInThrottle.AfterFailure after = throttle.failure(failures, now);
            assertThat(after.locksNow()).as("failure %d", i).isFalse();
            assertThat(after.failedAttempts()).isEqualTo(i);
            failures = after.failedAttempts();
        }
        SignInThrottle.AfterFailure fifth = throttle.failure(failures, now);
        assertThat(fifth.locksNow()).isTrue();
        assertThat(fifth.lockedUntil()).isEqualTo(Instant.parse("2026-03-02T10:15:00Z"));
        assertThat(fifth.failedAttempts()).isZero();
    }

    @Test
    void aLockHoldsUntilItsEndAndNotAfter() {
        Instant until = now.plus(Duration.ofMinutes(15));
        assertThat(throttle.locked(until, now)).isTrue();
        assertThat(throttle.locked(until, until.minusMillis(1))).isTrue();
        assertThat(throttle.locked(until, until)).isFalse();
        assertThat(throttle.locked(null, now)).isFalse();
    }
}
