package plv.platform.security.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.ValidationException;

/**
 * The suite's user accounts. Administration (create, lock, unlock, tokens) is for the company secretary (or the
 * system actor at start-up); every change and every sign-in, failed sign-in and lock-out is in the audit trail.
 */
@ProviderType
public interface UserDirectory {

    /**
     * Creates a user.
     *
     * @throws ValidationException  naming the field when the input is not acceptable (nothing is created)
     * @throws AccessDeniedException when {@code by} is not the company secretary
     */
    UserAccount create(Actor by, NewUser user);

    /**
     * Checks a username and password. After the configured number of failures in a row the account is locked for the
     * configured period, during which even the right password is refused.
     */
    SignInOutcome authenticate(String username, String password);

    /**
     * Checks the credentials of one API request (HTTP Basic). As {@link #authenticate}, except that a success writes
     * nothing: reads through the API leave no audit entry. Failures and lock-outs are recorded as for a sign-in.
     */
    default SignInOutcome authenticateRequest(String username, String password) {
        return authenticate(username, password);
    }

    /** Records a sign-out in the audit trail. */
    void signedOut(Actor actor);

    /** Every user, by username. */
    List<UserAccount> list();

    Optional<UserAccount> find(String username);

    /** Whether no user exists yet (the first secretary has still to be created). */
    boolean isEmpty();

    /** Locks an account until it is unlocked. */
    UserAccount lock(Actor by, String username);

    /** Lifts a lock and clears the failure count. */
    UserAccount unlock(Actor by, String username);

    /** Issues a personal API token for {@code username}; the secret is returned once. */
    IssuedToken issueToken(Actor by, String username, String label);

    /** Revokes a token; it is refused from then on. */
    ApiToken revokeToken(Actor by, long tokenId);

    /** The tokens of one user, newest first. */
    List<ApiToken> tokens(String username);

    /** The actor a valid, unrevoked token belongs to (empty when unknown, revoked or the account is locked). */
    Optional<Actor> actorForToken(String secret);
}
