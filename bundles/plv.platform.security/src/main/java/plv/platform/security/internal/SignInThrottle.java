package plv.platform.security.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * The lock-out rule: after {@code maxFailures} failed sign-ins in a row an account is locked for {@code lockPeriod};
 * while locked even the right password is refused, and the count starts again when the lock is set.
 */
record SignInThrottle(int maxFailures, Duration lockPeriod) {

    /** What a failed attempt does to the account. */
    record AfterFailure(int failedAttempts, Instant lockedUntil) {
        boolean locksNow() {
            return lockedUntil != null;
        }
    }

    SignInThrottle {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (lockPeriod.isNegative() || lockPeriod.isZero()) {
            throw new IllegalArgumentException("lockPeriod must be positive");
        }
    }

    boolean locked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    AfterFailure failure(int failedSoFar, Instant now) {
        int failures = failedSoFar + 1;
        if (failures >= maxFailures) {
            return new AfterFailure(0, now.plus(lockPeriod));
        }
        return new AfterFailure(failures, null);
    }
}
