package plv.platform.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

import plv.platform.security.api.Sessions;
import plv.platform.security.api.SignInOutcome;
import plv.platform.security.api.UserDirectory;
import plv.platform.security.api.UserSession;

/**
 * Sessions kept in memory under a random 256-bit id sent as an HttpOnly, SameSite=Strict cookie. Signing in always
 * starts a new session (new id, new CSRF token); a session unused for the idle timeout is gone.
 */
@Component(service = { Sessions.class, BrowserSessions.class }, configurationPid = SecuritySettings.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class BrowserSessions implements Sessions {

    static final String COOKIE = "PLV_SESSION";
    private static final int MAX_SESSIONS = 50_000;

    private final UserDirectory users;
    private final Duration idleTimeout;
    private final boolean secureCookie;
    private final Clock clock;
    private final Map<String, BrowserSession> sessions = new ConcurrentHashMap<>();

    @Activate
    public BrowserSessions(@Reference UserDirectory users, SecuritySettings settings) {
        this(users, Duration.ofMinutes(settings.idleTimeoutMinutes()), settings.secureCookies(), Clock.systemUTC());
    }

    BrowserSessions(UserDirectory users, Duration idleTimeout, boolean secureCookie, Clock clock) {
        this.users = users;
        this.idleTimeout = idleTimeout;
        this.secureCookie = secureCookie;
        this.clock = clock;
    }

    /** The live session named by the request's cookie, touched; empty when absent or idle too long. */
    Optional<BrowserSession> lookup(HttpServletRequest request) {
        String id = cookie(request);
        if (id == null) {
            return Optional.empty();
        }
        BrowserSession s = sessions.get(id);
        Instant now = clock.instant();
        if (s == null) {
            return Optional.empty();
        }
        if (expired(s, now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        s.touch(now);
        return Optional.of(s);
    }

    /** Whether the request presented a session cookie at all (live or not). */
    static boolean hasCookie(HttpServletRequest request) {
        return cookie(request) != null;
    }

    @Override
    public UserSession begin(HttpServletRequest request, HttpServletResponse response) {
        Optional<BrowserSession> existing = UserSession.of(request).filter(BrowserSession.class::isInstance)
                .map(BrowserSession.class::cast).or(() -> lookup(request));
        if (existing.isPresent()) {
            return existing.get();
        }
        BrowserSession s = create(null, response);
        request.setAttribute(UserSession.ATTRIBUTE, s);
        return s;
    }

    @Override
    public SignInOutcome signIn(HttpServletRequest request, HttpServletResponse response, String username, String password) {
        SignInOutcome outcome = users.authenticate(username, password);
        outcome.signedInActor().ifPresent(actor -> {
            discard(request);
            BrowserSession s = create(actor, response);
            request.setAttribute(UserSession.ATTRIBUTE, s);
        });
        return outcome;
    }

    @Override
    public void signOut(HttpServletRequest request, HttpServletResponse response) {
        lookup(request).flatMap(BrowserSession::actor).ifPresent(users::signedOut);
        discard(request);
        request.removeAttribute(UserSession.ATTRIBUTE);
        response.addHeader("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secureCookie ? "; Secure" : ""));
    }

    int size() {
        return sessions.size();
    }

    private BrowserSession create(plv.platform.api.Actor actor, HttpServletResponse response) {
        Instant now = clock.instant();
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.values().removeIf(s -> expired(s, now));
        }
        BrowserSession s = new BrowserSession(Secrets.random(), actor, now);
        sessions.put(s.id, s);
        response.addHeader("Set-Cookie", COOKIE + "=" + s.id + "; Path=/; HttpOnly; SameSite=Strict" + (secureCookie ? "; Secure" : ""));
        return s;
    }

    private void discard(HttpServletRequest request) {
        String id = cookie(request);
        if (id != null) {
            sessions.remove(id);
        }
        if (request.getAttribute(UserSession.ATTRIBUTE) instanceof BrowserSession s) {
            sessions.remove(s.id);
        }
    }

    private boolean expired(BrowserSession s, Instant now) {
        return s.lastSeen().plus(idleTimeout).isBefore(now);
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName()) && c.getValue() != null && !c.getValue().isEmpty()) {
                return c.getValue();
            }
        }
        return null;
    }
}
