package plv.platform.security.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * The waiting rule for sign-in attempts, for one key (a source address, or a username): the first {@code free}
 * failures cost nothing; after that each attempt must wait 1 s, 2 s, 4 s ... (doubling with each further failure) up
 * to {@code maxDelay} after the last failure. Attempts made while waiting are refused unchecked and do not count. Failures older than {@code window} are forgotten. Nothing ever locks an account: the waits only slow
 * guessing down (see {@code docs/security.md}).
 */
record SignInThrottle(int free, Duration maxDelay, Duration window) {

    SignInThrottle {
        if (free < 0) {
            throw new IllegalArgumentException("free failures must not be negative");
        }
        if (maxDelay.isNegative() || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("maxDelay and window must be positive");
        }
    }

    /** The wait after {@code failures} failures in a row. */
    Duration delay(int failures) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 30);
        Duration d = Duration.ofSeconds(1L << doublings);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    /** Failures that still count at {@code now}: none once the window after the last one has passed. */
    int current(int failures, Instant lastFailure, Instant now) {
        return lastFailure == null || lastFailure.plus(window).isBefore(now) ? 0 : failures;
    }

    /** Until when an attempt must wait (null: it may go ahead now). */
    Instant waitUntil(int failures, Instant lastFailure, Instant now) {
        int n = current(failures, lastFailure, now);
        Duration d = delay(n);
        if (d.isZero()) {
            return null;
        }
        Instant until = lastFailure.plus(d);
        return until.isAfter(now) ? until : null;
    }
}
