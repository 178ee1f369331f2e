package plv.platform.security.api;

import java.time.Instant;

import plv.platform.api.Actor;
import plv.platform.api.Role;

/**
 * A user as other bundles see it (never the password hash).
 *
 * @param id             the account's id
 * @param username       the sign-in name
 * @param displayName    the name shown to people
 * @param role           the one role the user holds
 * @param councilGss     GSS code of the council a monitoring officer acts for; otherwise null
 * @param failedAttempts failed sign-ins since the last success or lock (shown to the secretary; locks nothing)
 * @param lockedUntil    when the secretary's lock ends, or null when not locked
 * @param createdAt      when the account was created
 */
public record UserAccount(long id, String username, String displayName, Role role, String councilGss, int failedAttempts,
        Instant lockedUntil, Instant createdAt) {

    /** Whether the account is locked at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The actor this user acts as. */
    public Actor actor() {
        return new Actor(username, displayName, role, councilGss);
    }
}
