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
 * The user directory inside the real framework on this run's database: passwords, lock-out after five failures,
 * API tokens, and every sign-in, failure, lock-out and change in the audit trail.
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
    void theFifthFailureLocksTheAccountEvenAgainstTheRightPassword() {
        UserAccount u = create("lock", Role.VIEWER, null);
        for (int i = 1; i <= 4; i++) {
            assertThat(users.authenticate(u.username(), "wrong " + i).status()).isEqualTo(SignInOutcome.Status.REFUSED);
        }
        SignInOutcome fifth = users.authenticate(u.username(), "wrong 5");
        assertThat(fifth.status()).isEqualTo(SignInOutcome.Status.LOCKED);
        assertThat(fifth.lockedUntil()).isNotNull();
        assertThat(users.authenticate(u.username(), PASSWORD).status()).isEqualTo(SignInOutcome.Status.LOCKED);
        assertThat(actions(u)).containsSubsequence("sign-in-failed", "sign-in-failed", "sign-in-failed", "sign-in-failed",
                "sign-in-failed", "lock-out", "sign-in-refused-locked");

        assertThatThrownBy(() -> users.unlock(DIRECTOR, u.username())).isInstanceOf(AccessDeniedException.class);
        users.unlock(SECRETARY, u.username());
        assertThat(users.authenticate(u.username(), PASSWORD).status()).isEqualTo(SignInOutcome.Status.SIGNED_IN);
        assertThat(actions(u)).endsWith("unlock", "sign-in");
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
