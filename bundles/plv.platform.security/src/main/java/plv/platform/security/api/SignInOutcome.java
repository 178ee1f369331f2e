package plv.platform.security.api;

import java.time.Instant;
import java.util.Optional;

import plv.platform.api.Actor;

/**
 * The result of checking a username and password.
 *
 * @param status      what happened
 * @param actor       the signed-in actor when {@code status} is {@link Status#SIGNED_IN}
 * @param lockedUntil when the lock ends when {@code status} is {@link Status#LOCKED}
 */
public record SignInOutcome(Status status, Actor actor, Instant lockedUntil) {

    /** What happened. */
    public enum Status {
        /** The password matched. */
        SIGNED_IN,
        /** Unknown user or wrong password (deliberately not told apart). */
        REFUSED,
        /** Too many failures: the account is locked until {@code lockedUntil}. */
        LOCKED
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

    public Optional<Actor> signedInActor() {
        return Optional.ofNullable(actor);
    }

    /** The message to show on the sign-in page. */
    public String message() {
        return switch (status) {
            case SIGNED_IN -> "Signed in.";
            case REFUSED -> "The username or password is not right. Check them and try again.";
            case LOCKED -> "This account is locked after too many failed sign-ins. Try again after " + lockedUntil
                    + " or ask the company secretary to unlock it.";
        };
    }
}
