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
     * Checks a username and password from an unknown source address; see {@link #authenticate(String, String, String)}.
     */
    default SignInOutcome authenticate(String username, String password) {
        return authenticate(username, password, "unknown");
    }

    /**
     * Checks a username and password sent from {@code sourceAddress}. Failures never lock an account: after a few
     * failures from one address, or for one username from addresses that never signed in to it, further attempts must
     * wait (1 s, 2 s, 4 s ... up to a cap) and are answered {@link SignInOutcome.Status#THROTTLED} without checking
     * the password. Unknown usernames and wrong passwords get the same answer and cost the same work. The counts are
     * in the database, shared by every node.
     */
    SignInOutcome authenticate(String username, String password, String sourceAddress);

    /** Records a sign-out in the audit trail. */
    void signedOut(Actor actor);

    /** Every user, by username. */
    List<UserAccount> list();

    Optional<UserAccount> find(String username);

    /** Whether no user exists yet (the first secretary has still to be created). */
    boolean isEmpty();

    /** Locks an account until it is unlocked; its browser sessions end at once (on every node). */
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
