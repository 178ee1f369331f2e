package plv.platform.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.ConcurrentChangeException;
import plv.platform.api.NotFoundException;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.AuditEvent;
import plv.platform.api.audit.AuditTrail;
import plv.platform.api.audit.FieldChange;
import plv.platform.api.persistence.PersistenceUnits;
import plv.platform.api.persistence.ReadCache;
import plv.platform.api.persistence.Store;
import plv.platform.api.persistence.UnitSpec;
import plv.platform.security.api.ApiToken;
import plv.platform.security.api.IssuedToken;
import plv.platform.security.api.NewUser;
import plv.platform.security.api.SignInOutcome;
import plv.platform.security.api.UserAccount;
import plv.platform.security.api.UserDirectory;

/** The user accounts in SEC_USER / SEC_API_TOKEN, with every change and sign-in in the audit trail. */
@Component(service = UserDirectory.class, configurationPid = SecuritySettings.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SecuritySettings.class)
public class UserDirectoryService implements UserDirectory {

    static final Actor ANONYMOUS = new Actor("anonymous", "Not signed in", Role.VIEWER, null);
    private static final String USER = "user";
    private static final String TOKEN = "api-token";

    private final Store store;
    private final AuditTrail audit;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;
    private final Clock clock = Clock.systemUTC();
    /** The users page reads the whole list on every visit; read again after any write to the users (see {@link ReadCache}). */
    private final ReadCache cache;

    @Activate
    public UserDirectoryService(BundleContext context, SecuritySettings settings, @Reference PersistenceUnits units,
            @Reference AuditTrail audit) {
        this.audit = audit;
        this.hasher = new PasswordHasher(settings.passwordIterations());
        this.throttle = new SignInThrottle(settings.maxFailedSignIns(), Duration.ofMinutes(settings.lockMinutes()));
        this.store = units.open(new UnitSpec(context.getBundle(), List.of(UserEntity.class, ApiTokenEntity.class), "db/migration"));
        this.cache = new ReadCache(store);
    }

    @Deactivate
    void close() {
        store.close();
    }

    @Override
    public UserAccount create(Actor by, NewUser input) {
        requireSecretary(by);
        NewUser user = UserRules.check(input);
        if (find(user.username()).isPresent()) {
            throw new ValidationException("username", "The username " + user.username() + " is taken: choose another.");
        }
        String hash = hasher.hash(user.password().toCharArray());
        return store.write(by, (em, log) -> {
            UserEntity e = new UserEntity();
            e.username = user.username();
            e.displayName = user.displayName();
            e.role = user.role().id();
            e.councilGss = user.councilGss();
            e.passwordHash = hash;
            e.createdAt = now();
            em.persist(e);
            em.flush();
            Map<String, FieldChange> changes = new LinkedHashMap<>();
            changes.put("username", FieldChange.of(null, e.username));
            changes.put("displayName", FieldChange.of(null, e.displayName));
            changes.put("role", FieldChange.of(null, e.role));
            changes.put("councilGss", FieldChange.of(null, e.councilGss));
            log.record("create", USER, e.id, changes);
            return e.toAccount();
        });
    }

    @Override
    public SignInOutcome authenticate(String username, String password) {
        return authenticate(username, password, true);
    }

    @Override
    public SignInOutcome authenticateRequest(String username, String password) {
        return authenticate(username, password, false);
    }

    /** {@code recordSignIn} false: an API request, whose success changes nothing and is not recorded. */
    private SignInOutcome authenticate(String username, String password, boolean recordSignIn) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        char[] secret = password == null ? new char[0] : password.toCharArray();
        Optional<UserEntity> found = entity(name);
        if (found.isEmpty()) {
            hasher.verifyDecoy(secret);
            audit.append(new AuditEvent(ANONYMOUS.username(), "sign-in-failed", USER, shorten(name),
                    Map.of("reason", FieldChange.of(null, "unknown username"))));
            return SignInOutcome.refused();
        }
        UserEntity user = found.get();
        Instant now = now();
        if (throttle.locked(user.lockedUntil, now)) {
            audit.append(new AuditEvent(ANONYMOUS.username(), "sign-in-refused-locked", USER, String.valueOf(user.id), Map.of()));
            return SignInOutcome.locked(user.lockedUntil);
        }
        boolean matches = hasher.verify(secret, user.passwordHash);
        String newHash = matches && hasher.needsRehash(user.passwordHash) ? hasher.hash(secret) : null;
        if (matches && !recordSignIn && user.failedAttempts == 0 && newHash == null) {
            return SignInOutcome.signedIn(user.toAccount().actor());
        }
        for (int attempt = 0;; attempt++) {
            try {
                return matches ? recordSuccess(user.id, newHash) : recordFailure(user.id, now);
            } catch (ConcurrentChangeException e) {
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    private SignInOutcome recordSuccess(long id, String newHash) {
        UserAccount account = read(id);
        return store.write(account.actor(), (em, log) -> {
            UserEntity e = em.find(UserEntity.class, id);
            Map<String, FieldChange> changes = new LinkedHashMap<>();
            if (e.failedAttempts != 0) {
                changes.put("failedAttempts", FieldChange.of(e.failedAttempts, 0));
            }
            e.failedAttempts = 0;
            e.lockedUntil = null;
            if (newHash != null) {
                e.passwordHash = newHash;
                changes.put("passwordHash", FieldChange.of("(old work factor)", "(rehashed)"));
            }
            log.record("sign-in", USER, id, changes);
            return SignInOutcome.signedIn(e.toAccount().actor());
        });
    }

    private SignInOutcome recordFailure(long id, Instant now) {
        return store.write(ANONYMOUS, (em, log) -> {
            UserEntity e = em.find(UserEntity.class, id);
            SignInThrottle.AfterFailure after = throttle.failure(e.failedAttempts, now);
            log.record("sign-in-failed", USER, id, Map.of("failedAttempts", FieldChange.of(e.failedAttempts,
                    after.locksNow() ? throttle.maxFailures() : after.failedAttempts())));
            e.failedAttempts = after.failedAttempts();
            if (after.locksNow()) {
                log.record("lock-out", USER, id, Map.of("lockedUntil", FieldChange.of(e.lockedUntil, after.lockedUntil())));
                e.lockedUntil = after.lockedUntil();
                return SignInOutcome.locked(after.lockedUntil());
            }
            return SignInOutcome.refused();
        });
    }

    @Override
    public void signedOut(Actor actor) {
        String id = entity(actor.username()).map(e -> String.valueOf(e.id)).orElse(shorten(actor.username()));
        audit.append(new AuditEvent(actor.username(), "sign-out", USER, id, Map.of()));
    }

    @Override
    public List<UserAccount> list() {
        return cache.get("all", () -> store.read(em -> em.createQuery("select u from UserEntity u order by u.username",
                UserEntity.class).getResultList().stream().map(UserEntity::toAccount).toList()));
    }

    @Override
    public Optional<UserAccount> find(String username) {
        return entity(username).map(UserEntity::toAccount);
    }

    @Override
    public boolean isEmpty() {
        return store.read(em -> em.createQuery("select count(u) from UserEntity u", Long.class).getSingleResult() == 0L);
    }

    @Override
    public UserAccount lock(Actor by, String username) {
        requireSecretary(by);
        return changeLock(by, username, "lock", now().plus(3650, ChronoUnit.DAYS));
    }

    @Override
    public UserAccount unlock(Actor by, String username) {
        requireSecretary(by);
        return changeLock(by, username, "unlock", null);
    }

    private UserAccount changeLock(Actor by, String username, String action, Instant until) {
        long id = require(username).id();
        return store.write(by, (em, log) -> {
            UserEntity e = em.find(UserEntity.class, id);
            log.record(action, USER, id, Map.of("lockedUntil", FieldChange.of(e.lockedUntil, until),
                    "failedAttempts", FieldChange.of(e.failedAttempts, 0)));
            e.lockedUntil = until;
            e.failedAttempts = 0;
            return e.toAccount();
        });
    }

    @Override
    public IssuedToken issueToken(Actor by, String username, String label) {
        requireSecretary(by);
        String text = UserRules.trim(label);
        if (text == null || text.isEmpty() || text.length() > 200) {
            throw new ValidationException("label", "Say what the token is for (up to 200 characters), e.g. \"Camden decisions feed\".");
        }
        long userId = require(username).id();
        String secret = Secrets.newApiToken();
        ApiToken token = store.write(by, (em, log) -> {
            ApiTokenEntity t = new ApiTokenEntity();
            t.user = em.find(UserEntity.class, userId);
            t.label = text;
            t.tokenHash = Secrets.sha256(secret);
            t.createdAt = now();
            em.persist(t);
            em.flush();
            log.record("issue", TOKEN, t.id, Map.of("user", FieldChange.of(null, username), "label", FieldChange.of(null, text)));
            return t.toToken();
        });
        return new IssuedToken(token, secret);
    }

    @Override
    public ApiToken revokeToken(Actor by, long tokenId) {
        requireSecretary(by);
        return store.write(by, (em, log) -> {
            ApiTokenEntity t = em.find(ApiTokenEntity.class, tokenId);
            if (t == null) {
                throw new NotFoundException("There is no API token " + tokenId + ".");
            }
            if (t.revokedAt == null) {
                t.revokedAt = now();
                log.record("revoke", TOKEN, t.id, Map.of("revokedAt", FieldChange.of(null, t.revokedAt)));
            }
            return t.toToken();
        });
    }

    @Override
    public List<ApiToken> tokens(String username) {
        return store.read(em -> em.createQuery("select t from ApiTokenEntity t where t.user.username = :u order by t.id desc",
                ApiTokenEntity.class).setParameter("u", username).getResultList().stream().map(ApiTokenEntity::toToken).toList());
    }

    @Override
    public Optional<Actor> actorForToken(String secret) {
        if (secret == null || !secret.startsWith(Secrets.TOKEN_PREFIX)) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(secret);
        Instant now = now();
        return store.read(em -> em.createQuery("select t from ApiTokenEntity t where t.tokenHash = :h", ApiTokenEntity.class)
                .setParameter("h", hash).getResultStream().findFirst()
                .filter(t -> t.revokedAt == null && !throttle.locked(t.user.lockedUntil, now))
                .map(t -> t.user.toAccount().actor()));
    }

    private Optional<UserEntity> entity(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return store.read(em -> byName(em, username));
    }

    private static Optional<UserEntity> byName(EntityManager em, String username) {
        return em.createQuery("select u from UserEntity u where u.username = :u", UserEntity.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    private UserAccount require(String username) {
        return find(username).orElseThrow(() -> new NotFoundException("There is no user " + username + "."));
    }

    private UserAccount read(long id) {
        return store.read(em -> em.find(UserEntity.class, id).toAccount());
    }

    private static void requireSecretary(Actor by) {
        if (by == null || by.role() != Role.SECRETARY) {
            throw new AccessDeniedException("Only the company secretary administers users.");
        }
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) : s;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
