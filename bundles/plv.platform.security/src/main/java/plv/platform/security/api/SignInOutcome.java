package plv.platform.security.api;

import java.time.Instant;
import java.util.Optional;

import plv.platform.api.Actor;

/**
 * The result of checking a username and password.
 *
 * @param status      what happened
 * @param actor       the signed-in actor when {@code status} is {@link Status#SIGNED_IN}
 * @param lockedUntil when the lock ends when {@code status} is {@link Status#LOCKED}; when the next attempt may be
 *                    made when it is {@link Status#THROTTLED}
 */
public record SignInOutcome(Status status, Actor actor, Instant lockedUntil) {

    /** What happened. */
    public enum Status {
        /** The password matched. */
        SIGNED_IN,
        /** Unknown user or wrong password (deliberately not told apart). */
        REFUSED,
        /** The right password, but the company secretary has locked the account. */
        LOCKED,
        /**
         * Too many failed sign-ins from this address or for this username: try again after {@code lockedUntil}. Said
         * alike for known and unknown usernames; the password was not checked.
         */
        THROTTLED
    }

    public static SignInOutcome signedIn(Actor actor) {
        return new SignInOutcome(Status.SIGNED_IN, actor, null);
    }

    public static SignInOutcome refused() {
        return new SignInOutcome(Status.REFUSED, null, null);
    }

    public static SignInOutcome locked(Instant until) {
        return new SignInOutcome(Status.LOCKED, null, until);
    }

    public static SignInOutcome throttled(Instant retryAt) {
        return new SignInOutcome(Status.THROTTLED, null, retryAt);
    }

    /** Whole seconds until {@code lockedUntil} (at least 1), for a Retry-After header. */
    public long retryAfterSeconds(Instant now) {
        return lockedUntil == null ? 1 : Math.max(1, (java.time.Duration.between(now, lockedUntil).toMillis() + 999) / 1000);
    }

    public Optional<Actor> signedInActor() {
        return Optional.ofNullable(actor);
    }

    /** The message to show on the sign-in page. */
    public String message() {
        return switch (status) {
            case SIGNED_IN -> "Signed in.";
            case REFUSED -> "The username or password is not right. Check them and try again.";
            case LOCKED -> "This account is locked. Ask the company secretary to unlock it.";
            case THROTTLED -> "Too many failed sign-ins from here or for this username. Wait "
                    + retryAfterSeconds(java.time.Instant.now()) + " seconds, then try again.";
        };
    }
}
