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
import plv.platform.spi.persistence.PersistenceUnits;
import plv.platform.spi.persistence.ReadCache;
import plv.platform.spi.persistence.Store;
import plv.platform.spi.persistence.UnitSpec;
import plv.platform.security.api.ApiToken;
import plv.platform.security.api.IssuedToken;
import plv.platform.security.api.NewUser;
import plv.platform.security.api.SignInOutcome;
import plv.platform.security.api.UserAccount;
import plv.platform.security.api.UserDirectory;

/** The user accounts in SEC_USER / SEC_API_TOKEN, with every change and sign-in in the audit trail. */
@Component(service = { UserDirectory.class, UserDirectoryService.class }, configurationPid = SecuritySettings.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SecuritySettings.class)
public class UserDirectoryService implements UserDirectory {

    static final Actor ANONYMOUS = new Actor("anonymous", "Not signed in", Role.VIEWER, null);
    private static final String USER = "user";
    private static final String TOKEN = "api-token";

    private final Store store;
    private final AuditTrail audit;
    private final PasswordHasher hasher;
    private final SignInThrottle addressThrottle;
    private final SignInThrottle accountThrottle;
    private final BasicCredentialCache basicCache;
    private final Clock clock = Clock.systemUTC();
    /** The users page reads the whole list on every visit; read again after any write to the users (see {@link ReadCache}). */
    private final ReadCache cache;

    @Activate
    public UserDirectoryService(BundleContext context, SecuritySettings settings, @Reference PersistenceUnits units,
            @Reference AuditTrail audit) {
        this.audit = audit;
        this.hasher = new PasswordHasher(settings.passwordIterations());
        Duration max = Duration.ofSeconds(settings.maxThrottleSeconds());
        Duration window = Duration.ofMinutes(Math.max(1, settings.throttleWindowMinutes()));
        this.addressThrottle = new SignInThrottle(settings.addressFreeFailures(), max, window);
        this.accountThrottle = new SignInThrottle(settings.accountFreeFailures(), max, window);
        this.basicCache = new BasicCredentialCache(Duration.ofSeconds(Math.max(0, settings.basicCacheSeconds())));
        this.store = units.open(new UnitSpec(context.getBundle(), List.of(UserEntity.class, ApiTokenEntity.class,
                SessionEntity.class, ThrottleEntity.class), "db/migration"));
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
    public SignInOutcome authenticate(String username, String password, String sourceAddress) {
        return check(username, password, sourceAddress, true);
    }

    /**
     * HTTP Basic on the API: a username and password verified in the last few minutes (remembered under a keyed hash,
     * never in clear) are accepted without a new password hash as long as the stored hash is unchanged and the account
     * is not locked (one indexed read); otherwise a full check as for sign-in, throttled alike. A success writes
     * nothing (reads through the API leave no audit entries); a failure is recorded as for sign-in.
     */
    SignInOutcome authenticateBasic(String username, String password, String sourceAddress) {
        String name = normalise(username);
        String key = basicCache.key(name, password);
        BasicCredentialCache.Entry hit = basicCache.get(key);
        if (hit != null) {
            long writes = store.writeCount();
            if (hit.unchangedAt(writes)) {
                return SignInOutcome.signedIn(hit.actor());
            }
            Optional<UserEntity> user = entity(name);
            if (user.isPresent() && user.get().passwordHash.equals(hit.passwordHash()) && !lockedNow(user.get())) {
                Actor actor = user.get().toAccount().actor();
                basicCache.put(key, new BasicCredentialCache.Entry(name, hit.passwordHash(), actor, writes));
                return SignInOutcome.signedIn(actor);
            }
            basicCache.remove(key);
        }
        return check(username, password, sourceAddress, false);
    }

    private SignInOutcome check(String username, String password, String sourceAddress, boolean recordSuccess) {
        String name = normalise(username);
        String source = sourceAddress == null ? "unknown" : sourceAddress;
        char[] secret = password == null ? new char[0] : password.toCharArray();
        Instant now = now();
        String addressKey = Secrets.sha256("address:" + source);
        String accountKey = Secrets.sha256("account:" + name);
        String knownKey = Secrets.sha256("known:" + name + "|" + source);
        Map<String, ThrottleEntity> rows = throttleRows(addressKey, accountKey, knownKey);
        Instant wait = latest(waitUntil(addressThrottle, rows.get(addressKey), now),
                rows.containsKey(knownKey) ? null : waitUntil(accountThrottle, rows.get(accountKey), now));
        if (wait != null) {
            return SignInOutcome.throttled(wait);
        }
        long writesBeforeRead = store.writeCount();
        Optional<UserEntity> found = entity(name);
        if (found.isEmpty()) {
            hasher.verifyDecoy(secret);
            failed(now(), addressKey, accountKey);
            audit.append(new AuditEvent(ANONYMOUS.username(), "sign-in-failed", USER, shorten(name),
                    Map.of("reason", FieldChange.of(null, "unknown username"))));
            return SignInOutcome.refused();
        }
        UserEntity user = found.get();
        boolean matches = hasher.verify(secret, user.passwordHash);
        if (!matches) {
            failed(now(), addressKey, accountKey);
            retrying(() -> recordFailure(user.id));
            return SignInOutcome.refused();
        }
        if (lockedNow(user)) {
            audit.append(new AuditEvent(ANONYMOUS.username(), "sign-in-refused-locked", USER, String.valueOf(user.id), Map.of()));
            return SignInOutcome.locked(user.lockedUntil);
        }
        succeeded(now(), addressKey, knownKey);
        String newHash = hasher.needsRehash(user.passwordHash) ? hasher.hash(secret) : null;
        SignInOutcome outcome = recordSuccess || newHash != null || user.failedAttempts != 0
                ? retrying(() -> recordSuccess(user.id, newHash, recordSuccess))
                : SignInOutcome.signedIn(user.toAccount().actor());
        if (!recordSuccess) {
            String hash = newHash != null ? newHash : user.passwordHash;
            // the count taken before the read: this call's own throttle write makes the next call read the account once more
            basicCache.put(basicCache.key(name, password),
                    new BasicCredentialCache.Entry(name, hash, user.toAccount().actor(), writesBeforeRead));
        }
        return outcome;
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private boolean lockedNow(UserEntity user) {
        return user.lockedUntil != null && user.lockedUntil.isAfter(now());
    }

    private static Instant waitUntil(SignInThrottle throttle, ThrottleEntity row, Instant now) {
        return row == null ? null : throttle.waitUntil(row.failures, row.lastAt, now);
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private Map<String, ThrottleEntity> throttleRows(String... keys) {
        return store.read(em -> {
            Map<String, ThrottleEntity> out = new java.util.HashMap<>();
            for (ThrottleEntity t : em.createQuery("select t from ThrottleEntity t where t.key in :k", ThrottleEntity.class)
                    .setParameter("k", List.of(keys)).getResultList()) {
                out.put(t.key, t);
            }
            return out;
        });
    }

    /**
     * Counts a failure against the address and the username, in the database every node reads, at {@code now} taken
     * after the password was checked (so the wait starts when the answer goes out). Now and then the
     * failure rows past their window are deleted, so that guessing many usernames leaves no lasting rows.
     */
    private void failed(Instant now, String... keys) {
        Duration window = addressThrottle.window();
        if (java.util.concurrent.ThreadLocalRandom.current().nextInt(100) == 0) {
            retrying(() -> store.write(ANONYMOUS, (em, log) -> em.createQuery(
                    "delete from ThrottleEntity t where t.failures > 0 and t.lastAt < :cutoff")
                    .setParameter("cutoff", now.minus(window)).executeUpdate()));
        }
        for (String key : keys) {
            retrying(() -> store.write(ANONYMOUS, (em, log) -> {
                ThrottleEntity t = em.find(ThrottleEntity.class, key, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
                if (t == null) {
                    t = new ThrottleEntity();
                    t.key = key;
                    t.failures = 1;
                    t.lastAt = now;
                    em.persist(t);
                } else {
                    t.failures = t.lastAt.plus(window).isBefore(now) ? 1 : t.failures + 1;
                    t.lastAt = now;
                }
                return null;
            }));
        }
    }

    /** A success clears the address's failures and remembers that this username signs in from this address. */
    private void succeeded(Instant now, String addressKey, String knownKey) {
        retrying(() -> store.write(ANONYMOUS, (em, log) -> {
            ThrottleEntity address = em.find(ThrottleEntity.class, addressKey);
            if (address != null) {
                em.remove(address);
            }
            ThrottleEntity known = em.find(ThrottleEntity.class, knownKey, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (known == null) {
                known = new ThrottleEntity();
                known.key = knownKey;
                em.persist(known);
            }
            known.failures = 0;
            known.lastAt = now;
            return null;
        }));
    }

    /** Runs a short write again when another node or thread changed (or created) the same row at the same moment. */
    private static <T> T retrying(java.util.function.Supplier<T> write) {
        for (int attempt = 0;; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (attempt >= 3 || e instanceof ValidationException) {
                    throw e;
                }
            }
        }
    }

    private SignInOutcome recordSuccess(long id, String newHash, boolean audited) {
        UserAccount account = read(id);
        return store.write(account.actor(), (em, log) -> {
            UserEntity e = em.find(UserEntity.class, id);
            Map<String, FieldChange> changes = new LinkedHashMap<>();
            if (e.failedAttempts != 0) {
                changes.put("failedAttempts", FieldChange.of(e.failedAttempts, 0));
            }
            e.failedAttempts = 0;
            if (newHash != null) {
                e.passwordHash = newHash;
                changes.put("passwordHash", FieldChange.of("(old work factor)", "(rehashed)"));
            }
            if (audited || !changes.isEmpty()) {
                log.record(audited ? "sign-in" : "api-sign-in", USER, id, changes);
            }
            return SignInOutcome.signedIn(e.toAccount().actor());
        });
    }

    private SignInOutcome recordFailure(long id) {
        return store.write(ANONYMOUS, (em, log) -> {
            UserEntity e = em.find(UserEntity.class, id);
            log.record("sign-in-failed", USER, id, Map.of("failedAttempts", FieldChange.of(e.failedAttempts, e.failedAttempts + 1)));
            e.failedAttempts = e.failedAttempts + 1;
            return SignInOutcome.refused();
        });
    }

    /** The store of this bundle's tables (users, tokens, sessions, throttle), for {@link BrowserSessions}. */
    Store store() {
        return store;
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
        return !store.anyRow("SEC_USER");
    }

    @Override
    public UserAccount lock(Actor by, String username) {
        requireSecretary(by);
        if (by.username().equalsIgnoreCase(username == null ? "" : username.strip())) {
            // locking oneself would end one's own session and could leave the company without a secretary who can sign in
            throw new plv.platform.api.ValidationException("username",
                    "You cannot lock your own account: ask another company secretary to do it.");
        }
        return changeLock(by, username, "lock", now().plus(3650, ChronoUnit.DAYS));
    }

    @Override
    public UserAccount unlock(Actor by, String username) {
        requireSecretary(by);
        return changeLock(by, username, "unlock", null);
    }

    private UserAccount changeLock(Actor by, String username, String action, Instant until) {
        long id = require(username).id();
        UserAccount result = store.write(by, (em, log) -> {
            UserEntity e = em.find(UserEntity.class, id);
            Map<String, FieldChange> changes = new LinkedHashMap<>();
            changes.put("lockedUntil", FieldChange.of(e.lockedUntil, until));
            changes.put("failedAttempts", FieldChange.of(e.failedAttempts, 0));
            if (until != null) {
                // Every browser session of the user ends now, on every node (they all read SEC_SESSION).
                int ended = em.createQuery("delete from SessionEntity s where s.user.id = :id").setParameter("id", id).executeUpdate();
                if (ended > 0) {
                    changes.put("sessionsEnded", FieldChange.of(null, ended));
                }
            }
            log.record(action, USER, id, changes);
            e.lockedUntil = until;
            e.failedAttempts = 0;
            return e.toAccount();
        });
        basicCache.forget(result.username());
        return result;
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
                .filter(t -> t.revokedAt == null && !(t.user.lockedUntil != null && t.user.lockedUntil.isAfter(now)))
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
