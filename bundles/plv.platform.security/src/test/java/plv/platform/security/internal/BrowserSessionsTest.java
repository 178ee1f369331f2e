package plv.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

import plv.platform.security.api.UserSession;

/** Session cookies, CSRF tokens and the idle timeout, with plain in-memory requests and a clock we move. */
class BrowserSessionsTest {

    private Instant now = Instant.parse("2026-03-02T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final BrowserSessions sessions = new BrowserSessions(null, Duration.ofMinutes(30), false, clock);

    @Test
    void aNewSessionGetsALockedDownCookieAndItsOwnCsrfToken() {
        List<String> headers = new ArrayList<>();
        UserSession s = sessions.begin(request(null), response(headers));
        assertThat(headers).singleElement().satisfies(h -> assertThat(h).startsWith("PLV_SESSION=")
                .contains("HttpOnly", "SameSite=Strict", "Path=/").doesNotContain("Secure"));
        String id = headers.get(0).substring("PLV_SESSION=".length(), headers.get(0).indexOf(';'));
        assertThat(id).hasSize(43);
        assertThat(s.csrfToken()).hasSize(43).isNotEqualTo(id);
        assertThat(s.actor()).isEmpty();

        BrowserSession found = sessions.lookup(request(id)).orElseThrow();
        assertThat(found.csrfMatches(s.csrfToken())).isTrue();
        assertThat(found.csrfMatches(s.csrfToken() + "x")).isFalse();
        assertThat(found.csrfMatches(null)).isFalse();
        assertThat(sessions.lookup(request("forged-id"))).isEmpty();
    }

    @Test
    void aSessionEndsAfterTheIdleTimeoutButUseKeepsItAlive() {
        List<String> headers = new ArrayList<>();
        sessions.begin(request(null), response(headers));
        String id = headers.get(0).substring("PLV_SESSION=".length(), headers.get(0).indexOf(';'));
        now = now.plus(Duration.ofMinutes(29));
        assertThat(sessions.lookup(request(id))).isPresent();
        now = now.plus(Duration.ofMinutes(29));
        assertThat(sessions.lookup(request(id))).as("touched 29 minutes ago").isPresent();
        now = now.plus(Duration.ofMinutes(31));
        assertThat(sessions.lookup(request(id))).isEmpty();
        now = now.minus(Duration.ofMinutes(31));
        assertThat(sessions.lookup(request(id))).as("gone for good once expired").isEmpty();
        assertThat(sessions.size()).isZero();
    }

    @Test
    void flashMessagesAreShownOnce() {
        UserSession s = sessions.begin(request(null), response(new ArrayList<>()));
        s.flash("Saved.");
        assertThat(s.takeFlash()).containsExactly("Saved.");
        assertThat(s.takeFlash()).isEmpty();
    }

    private static HttpServletRequest request(String sessionId) {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpServletRequest) Proxy.newProxyInstance(BrowserSessionsTest.class.getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getCookies" -> sessionId == null ? null : new Cookie[] { new Cookie(BrowserSessions.COOKIE, sessionId) };
                    case "getAttribute" -> attributes.get(args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "removeAttribute" -> attributes.remove(args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static HttpServletResponse response(List<String> setCookies) {
        return (HttpServletResponse) Proxy.newProxyInstance(BrowserSessionsTest.class.getClassLoader(),
                new Class<?>[] { HttpServletResponse.class }, (proxy, method, args) -> {
                    if (method.getName().equals("addHeader") && "Set-Cookie".equals(args[0])) {
                        setCookies.add((String) args[1]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
