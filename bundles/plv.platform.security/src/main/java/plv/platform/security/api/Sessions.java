package plv.platform.security.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.annotation.versioning.ProviderType;

/** Signs people in and out of the browser. */
@ProviderType
public interface Sessions {

    /** The form field that carries the CSRF token. */
    String CSRF_FIELD = "csrf";

    /** The header that carries the CSRF token (for scripts). */
    String CSRF_HEADER = "X-CSRF-Token";

    /**
     * Gives the visitor an anonymous session (with a CSRF token) if they have none, e.g. for the sign-in form.
     */
    UserSession begin(HttpServletRequest request, HttpServletResponse response);

    /**
     * Checks the credentials; on success the old session is discarded and a new one with a new id and CSRF token is
     * set as cookie.
     */
    SignInOutcome signIn(HttpServletRequest request, HttpServletResponse response, String username, String password);

    /** Ends the session and clears the cookie; recorded in the audit trail. */
    void signOut(HttpServletRequest request, HttpServletResponse response);
}
