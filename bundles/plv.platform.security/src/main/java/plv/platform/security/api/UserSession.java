package plv.platform.security.api;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/**
 * The browser session behind this request, as the security filter found it. Absent for API calls authenticated by
 * a token or HTTP Basic, and for visitors who have no session yet.
 */
@ProviderType
public interface UserSession {

    /** Request attribute under which the security filter stores the session. */
    String ATTRIBUTE = "plv.security.session";

    /** The session of {@code request}, if it has one. */
    static Optional<UserSession> of(HttpServletRequest request) {
        return Optional.ofNullable((UserSession) request.getAttribute(ATTRIBUTE));
    }

    /** The signed-in actor, empty before sign-in. */
    Optional<Actor> actor();

    /** The token every state-changing request of this session must carry (form field {@code csrf} or header). */
    String csrfToken();

    /** Queues a message to show on the next page rendered (after a redirect). */
    void flash(String message);

    /** Takes the queued messages. */
    List<String> takeFlash();
}
