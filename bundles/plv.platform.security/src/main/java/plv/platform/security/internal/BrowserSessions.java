package plv.platform.security.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.Actor;
import plv.platform.spi.persistence.Store;
import plv.platform.security.api.Sessions;
import plv.platform.security.api.SignInOutcome;
import plv.platform.security.api.UserSession;

/**
 * Browser sessions kept in the database (SEC_SESSION), so that every node sees them: a user sent to another node stays
 * signed in, and a user the secretary locks loses every session at once. The random 256-bit id travels only in an
 * HttpOnly, SameSite=Strict cookie; the table holds its SHA-256. Signing in always starts a new session; a session ends
 * after the idle timeout, after the maximum lifetime, at sign-out, or when its user is locked.
 * <p>
 * Visitors who are not signed in (the sign-in form) store nothing on the server: a random value in a cookie, from which
 * their CSRF token is derived.
 */
@Component(service = { Sessions.class, BrowserSessions.class }, configurationPid = SecuritySettings.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class BrowserSessions implements Sessions {

    static final String COOKIE = "PLV_SESSION";
    static final String VISIT_COOKIE = "PLV_VISIT";
    static final String FLASH_COOKIE = "PLV_FLASH";
    /** A session's last-seen time is written at most this often. */
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(60);

    private final UserDirectoryService users;
    private final Store store;
    private final Duration idleTimeout;
    private final Duration maxAge;
    private final boolean secure;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public BrowserSessions(@Reference UserDirectoryService users, SecuritySettings settings, BundleContext context) {
        this.users = users;
        this.store = users.store();
        this.idleTimeout = Duration.ofMinutes(settings.idleTimeoutMinutes());
        this.maxAge = Duration.ofHours(settings.maxSessionHours());
        this.secure = secure(settings, context);
    }

    /** Whether the product is served over HTTPS: setting {@code secureCookies} or framework property plv.http.secure. */
    static boolean secure(SecuritySettings settings, BundleContext context) {
        return settings.secureCookies() || (context != null && "true".equalsIgnoreCase(context.getProperty("plv.http.secure")));
    }

    boolean secure() {
        return secure;
    }

    /** The live session named by the request's cookies: a signed-in one first, else the visitor's; touched. */
    Optional<BrowserSession> lookup(HttpServletRequest request, HttpServletResponse response) {
        String id = cookie(request, COOKIE);
        if (id != null && id.length() <= 64) {
            Optional<BrowserSession> signedIn = signedIn(id);
            if (signedIn.isPresent()) {
                return signedIn;
            }
        }
        String visit = cookie(request, VISIT_COOKIE);
        if (visit != null && visit.length() == 43) {
            return Optional.of(visitor(visit, request, response));
        }
        return Optional.empty();
    }

    private Optional<BrowserSession> signedIn(String id) {
        String hash = Secrets.sha256(id);
        Instant now = clock.instant();
        SessionEntity s = store.read(em -> em.find(SessionEntity.class, hash));
        if (s == null) {
            return Optional.empty();
        }
        boolean locked = s.user.lockedUntil != null && s.user.lockedUntil.isAfter(now);
        if (locked || s.lastSeen.plus(idleTimeout).isBefore(now) || s.createdAt.plus(maxAge).isBefore(now)) {
            delete(hash);
            return Optional.empty();
        }
        if (s.lastSeen.plus(TOUCH_EVERY).isBefore(now)) {
            write(em -> {
                SessionEntity e = em.find(SessionEntity.class, hash);
                if (e != null) {
                    e.lastSeen = now();
                }
            });
        }
        Actor actor = s.user.toAccount().actor();
        List<String> flash = s.flash == null || s.flash.isEmpty() ? List.of() : Arrays.asList(s.flash.split("\n"));
        return Optional.of(new BrowserSession(hash, actor, csrfFor("session|" + id), flash, messages -> write(em -> {
            SessionEntity e = em.find(SessionEntity.class, hash);
            if (e != null) {
                String text = String.join("\n", messages);
                e.flash = messages.isEmpty() ? null : text.length() > 4000 ? text.substring(0, 4000) : text;
            }
        })));
    }

    private BrowserSession visitor(String visit, HttpServletRequest request, HttpServletResponse response) {
        String stored = cookie(request, FLASH_COOKIE);
        List<String> flash = List.of();
        if (stored != null) {
            try {
                flash = Arrays.stream(URLDecoder.decode(stored, StandardCharsets.UTF_8).split("\n")).filter(m -> !m.isBlank())
                        .limit(10).map(m -> m.length() > 300 ? m.substring(0, 300) : m).toList();
            } catch (IllegalArgumentException e) {
                flash = List.of();
            }
        }
        return new BrowserSession(null, null, csrfFor("visit|" + visit), flash, messages -> response.addHeader("Set-Cookie",
                FLASH_COOKIE + "=" + URLEncoder.encode(String.join("\n", messages), StandardCharsets.UTF_8) + "; Path=/"
                        + (messages.isEmpty() ? "; Max-Age=0" : "") + attributes()));
    }

    /** Whether the request presented a session cookie at all (live or not). */
    static boolean hasCookie(HttpServletRequest request) {
        return cookie(request, COOKIE) != null;
    }

    @Override
    public UserSession begin(HttpServletRequest request, HttpServletResponse response) {
        Optional<BrowserSession> existing = UserSession.of(request).filter(BrowserSession.class::isInstance)
                .map(BrowserSession.class::cast).or(() -> lookup(request, response));
        if (existing.isPresent()) {
            return existing.get();
        }
        String visit = Secrets.random();
        response.addHeader("Set-Cookie", VISIT_COOKIE + "=" + visit + "; Path=/" + attributes());
        BrowserSession s = visitor(visit, request, response);
        request.setAttribute(UserSession.ATTRIBUTE, s);
        return s;
    }

    @Override
    public SignInOutcome signIn(HttpServletRequest request, HttpServletResponse response, String username, String password) {
        SignInOutcome outcome = users.authenticate(username, password, request.getRemoteAddr());
        outcome.signedInActor().ifPresent(actor -> {
            discard(request);
            String id = Secrets.random();
            String hash = Secrets.sha256(id);
            Instant now = now();
            write(em -> {
                em.createQuery("delete from SessionEntity s where s.lastSeen < :t").setParameter("t", now.minus(idleTimeout))
                        .executeUpdate();
                SessionEntity s = new SessionEntity();
                s.idHash = hash;
                s.user = em.createQuery("select u from UserEntity u where u.username = :u", UserEntity.class)
                        .setParameter("u", actor.username()).getSingleResult();
                s.createdAt = now;
                s.lastSeen = now;
                em.persist(s);
            });
            response.addHeader("Set-Cookie", COOKIE + "=" + id + "; Path=/" + attributes());
            request.setAttribute(UserSession.ATTRIBUTE, new BrowserSession(hash, actor, csrfFor("session|" + id), List.of(),
                    messages -> write(em -> {
                        SessionEntity e = em.find(SessionEntity.class, hash);
                        if (e != null) {
                            e.flash = messages.isEmpty() ? null : String.join("\n", messages);
                        }
                    })));
        });
        return outcome;
    }

    @Override
    public void signOut(HttpServletRequest request, HttpServletResponse response) {
        lookup(request, response).flatMap(BrowserSession::actor).ifPresent(users::signedOut);
        discard(request);
        request.removeAttribute(UserSession.ATTRIBUTE);
        response.addHeader("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0" + attributes());
    }

    /** How many signed-in sessions the database holds. */
    long size() {
        return store.read(em -> em.createQuery("select count(s) from SessionEntity s", Long.class).getSingleResult());
    }

    private void discard(HttpServletRequest request) {
        String id = cookie(request, COOKIE);
        if (id != null) {
            delete(Secrets.sha256(id));
        }
        if (request.getAttribute(UserSession.ATTRIBUTE) instanceof BrowserSession s && s.idHash != null) {
            delete(s.idHash);
        }
    }

    private void delete(String hash) {
        write(em -> em.createQuery("delete from SessionEntity s where s.idHash = :h").setParameter("h", hash).executeUpdate());
    }

    private void write(java.util.function.Consumer<jakarta.persistence.EntityManager> work) {
        store.write(UserDirectoryService.ANONYMOUS, (em, log) -> {
            work.accept(em);
            return null;
        });
    }

    private String attributes() {
        return "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /** The CSRF token of a session: derived from its secret id, so it is never stored and cannot be made without it. */
    static String csrfFor(String secret) {
        return Secrets.sha256("csrf|" + secret);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (name.equals(c.getName()) && c.getValue() != null && !c.getValue().isEmpty()) {
                return c.getValue();
            }
        }
        return null;
    }
}
