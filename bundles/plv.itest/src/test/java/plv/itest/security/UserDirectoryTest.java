package plv.itest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.AuditRecord;
import plv.platform.api.audit.AuditTrail;
import plv.platform.security.api.IssuedToken;
import plv.platform.security.api.NewUser;
import plv.platform.security.api.SignInOutcome;
import plv.platform.security.api.UserAccount;
import plv.platform.security.api.UserDirectory;

/**
 * The user directory inside the real framework on this run's database: passwords, sign-in throttling (waits, never a
 * lock-out), the secretary's lock, API tokens, and every sign-in, failure, lock and change in the audit trail.
 */
@ExtendWith(ServiceExtension.class)
class UserDirectoryTest {

    static final Actor SECRETARY = new Actor("sec.itest", "Secretary", Role.SECRETARY, null);
    static final Actor DIRECTOR = new Actor("dir.itest", "Director", Role.DIRECTOR, null);
    static final String PASSWORD = "a long enough password";

    @InjectService(timeout = 30_000)
    static UserDirectory users;
    @InjectService(timeout = 30_000)
    static AuditTrail audit;

    private static String unique(String prefix) {
        return prefix + "." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    private static UserAccount create(String prefix, Role role, String council) {
        return users.create(SECRETARY, new NewUser(unique(prefix), "Name of " + prefix, role, council, PASSWORD));
    }

    private static List<String> actions(UserAccount u) {
        return audit.forRecord("user", String.valueOf(u.id())).stream().map(AuditRecord::action).toList();
    }

    @Test
    void theRightPasswordSignsInAndAWrongOneIsRefusedBothAudited() {
        UserAccount u = create("mo", Role.MONITORING_OFFICER, "E09000007");
        SignInOutcome ok = users.authenticate(u.username(), PASSWORD);
        assertThat(ok.status()).isEqualTo(SignInOutcome.Status.SIGNED_IN);
        assertThat(ok.actor()).isEqualTo(new Actor(u.username(), "Name of mo", Role.MONITORING_OFFICER, "E09000007"));
        assertThat(users.authenticate(u.username(), PASSWORD + "x").status()).isEqualTo(SignInOutcome.Status.REFUSED);
        assertThat(actions(u)).containsExactly("create", "sign-in", "sign-in-failed");
        assertThat(users.find(u.username())).hasValueSatisfying(a -> assertThat(a.failedAttempts()).isEqualTo(1));
    }

    @Test
    void anUnknownUsernameIsRefusedAndAudited() {
        String name = unique("nobody");
        assertThat(users.authenticate(name, PASSWORD).status()).isEqualTo(SignInOutcome.Status.REFUSED);
        assertThat(audit.forRecord("user", name)).extracting(AuditRecord::action).containsExactly("sign-in-failed");
    }

    @Test
    void anAttackerGuessingIsSlowedDownButNeverLocksTheUserOut() {
        UserAccount u = create("guessed", Role.VIEWER, null);
        String home = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 250);
        String attacker = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 250);
        IssuedToken token = users.issueToken(SECRETARY, u.username(), "Feed");
        assertThat(users.authenticate(u.username(), PASSWORD, home).status()).isEqualTo(SignInOutcome.Status.SIGNED_IN);

        SignInOutcome last = null;
        int refused = 0;
        for (int i = 1; i <= 20; i++) {
            last = users.authenticate(u.username(), "wrong " + i, attacker);
            if (last.status() == SignInOutcome.Status.REFUSED) {
                refused++;
            }
        }
        // A few guesses are checked, then the attacker must wait (1 s, 2 s, 4 s ...): no password is checked meanwhile.
        // (5 free; on a loaded machine a check may take long enough for a 1 s or 2 s wait to pass before the next.)
        assertThat(refused).isBetween(5, 7);
        assertThat(last.status()).isEqualTo(SignInOutcome.Status.THROTTLED);
        assertThat(last.lockedUntil()).isAfter(java.time.Instant.now());
        assertThat(users.authenticate(u.username(), PASSWORD, attacker).status()).isEqualTo(SignInOutcome.Status.THROTTLED);

        // The user, from where they usually sign in, still gets in, and their API token still works: nothing is locked.
        assertThat(users.authenticate(u.username(), PASSWORD, home).status()).isEqualTo(SignInOutcome.Status.SIGNED_IN);
        assertThat(users.actorForToken(token.secret())).isPresent();
        assertThat(users.find(u.username())).hasValueSatisfying(a -> assertThat(a.lockedUntil()).isNull());
    }

    @Test
    void guessesForOneUsernameFromManyAddressesSlowDownOnlyAddressesItNeverSignedInFrom() {
        UserAccount u = create("spread", Role.VIEWER, null);
        String home = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 250);
        assertThat(users.authenticate(u.username(), PASSWORD, home).status()).isEqualTo(SignInOutcome.Status.SIGNED_IN);
        for (int i = 1; i <= 12; i++) {
            users.authenticate(u.username(), "wrong " + i, "192.0.2." + i);
        }
        assertThat(users.authenticate(u.username(), PASSWORD, "192.0.2.99").status()).isEqualTo(SignInOutcome.Status.THROTTLED);
        assertThat(users.authenticate(u.username(), PASSWORD, home).status()).isEqualTo(SignInOutcome.Status.SIGNED_IN);
    }

    @Test
    void knownAndUnknownUsernamesGetTheSameAnswers() {
        UserAccount u = create("known", Role.VIEWER, null);
        String unknown = unique("unknown");
        SignInOutcome wrongPassword = users.authenticate(u.username(), "wrong", "192.0.2.200");
        SignInOutcome noSuchUser = users.authenticate(unknown, "wrong", "192.0.2.201");
        assertThat(wrongPassword).isEqualTo(noSuchUser);
        assertThat(wrongPassword.message()).isEqualTo(noSuchUser.message()).isEqualTo(SignInOutcome.refused().message());
        for (int i = 0; i < 12; i++) {
            users.authenticate(u.username(), "wrong", "192.0.2.202");
            users.authenticate(unknown, "wrong", "192.0.2.203");
        }
        SignInOutcome a = users.authenticate(u.username(), "wrong", "192.0.2.202");
        SignInOutcome b = users.authenticate(unknown, "wrong", "192.0.2.203");
        assertThat(a.status()).isEqualTo(b.status()).isEqualTo(SignInOutcome.Status.THROTTLED);
        assertThat(a.message().replaceAll("\\d+", "N")).isEqualTo(b.message().replaceAll("\\d+", "N"));
    }

    @Test
    void aUserLockedByTheSecretaryIsRefusedUntilUnlocked() {
        UserAccount u = create("lock", Role.VIEWER, null);
        users.lock(SECRETARY, u.username());
        assertThat(users.authenticate(u.username(), "wrong").status()).isEqualTo(SignInOutcome.Status.REFUSED);
        assertThat(users.authenticate(u.username(), PASSWORD).status()).isEqualTo(SignInOutcome.Status.LOCKED);
        assertThatThrownBy(() -> users.unlock(DIRECTOR, u.username())).isInstanceOf(AccessDeniedException.class);
        users.unlock(SECRETARY, u.username());
        assertThat(users.authenticate(u.username(), PASSWORD).status()).isEqualTo(SignInOutcome.Status.SIGNED_IN);
        assertThat(actions(u)).containsSubsequence("lock", "sign-in-failed", "sign-in-refused-locked", "unlock", "sign-in");
    }

    @Test
    void aSecretaryCannotLockTheirOwnAccount() {
        UserAccount self = create("selflock", Role.SECRETARY, null);
        Actor me = self.actor();
        assertThatThrownBy(() -> users.lock(me, self.username())).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).message()).contains("your own account"));
        assertThat(users.authenticate(self.username(), PASSWORD).status()).isEqualTo(SignInOutcome.Status.SIGNED_IN);
    }

    @Test
    void badInputIsRefusedAndNothingIsCreated() {
        String name = unique("mo");
        assertThatThrownBy(() -> users.create(SECRETARY, new NewUser(name, "MO", Role.MONITORING_OFFICER, "", PASSWORD)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("councilGss"));
        assertThat(users.find(name)).isEmpty();
        assertThatThrownBy(() -> users.create(DIRECTOR, new NewUser(name, "MO", Role.VIEWER, null, PASSWORD)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.find(name)).isEmpty();
        UserAccount u = create("dup", Role.VIEWER, null);
        assertThatThrownBy(() -> users.create(SECRETARY, new NewUser(u.username(), "Again", Role.VIEWER, null, PASSWORD)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("username"));
    }

    @Test
    void anApiTokenWorksUntilRevokedAndOnlyItsHashIsKept() {
        UserAccount u = create("api", Role.COMMISSIONING_OFFICER, null);
        IssuedToken t = users.issueToken(SECRETARY, u.username(), "Contracts feed");
        assertThat(t.secret()).startsWith("plv_").hasSizeGreaterThan(40);
        assertThat(users.actorForToken(t.secret())).hasValueSatisfying(a -> assertThat(a.username()).isEqualTo(u.username()));
        assertThat(users.actorForToken(t.secret() + "x")).isEmpty();
        assertThat(users.tokens(u.username())).singleElement().satisfies(k -> assertThat(k.active()).isTrue());

        users.revokeToken(SECRETARY, t.token().id());
        assertThat(users.actorForToken(t.secret())).isEmpty();
        assertThat(audit.forRecord("api-token", String.valueOf(t.token().id()))).extracting(AuditRecord::action)
                .containsExactly("issue", "revoke");
        assertThat(audit.forRecord("api-token", String.valueOf(t.token().id())).toString()).doesNotContain(t.secret());
    }
}
