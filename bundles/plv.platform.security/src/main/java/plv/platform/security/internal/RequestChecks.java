package plv.platform.security.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/** Small, side-effect free judgements about a request that the security filter makes. */
final class RequestChecks {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** Username and password from an HTTP Basic header. */
    record BasicCredentials(String username, String password) {
        @Override
        public String toString() {
            return "BasicCredentials[" + username + "]";
        }
    }

    private RequestChecks() {
    }

    static boolean changesState(String method) {
        return !SAFE_METHODS.contains(method.toUpperCase(java.util.Locale.ROOT));
    }

    /** The request path below the context, undecoded. */
    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String ctx = request.getContextPath();
        String p = ctx != null && !ctx.isEmpty() && uri.startsWith(ctx) ? uri.substring(ctx.length()) : uri;
        return p.isEmpty() ? "/" : p;
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    /**
     * A request that the browser says came from another site ({@code Sec-Fetch-Site: cross-site}) or whose
     * {@code Origin} is not this server.
     */
    static boolean crossSite(String secFetchSite, String origin, String host) {
        if ("cross-site".equalsIgnoreCase(secFetchSite)) {
            return true;
        }
        if (origin == null) {
            return false;
        }
        if (origin.equals("null")) {
            return true;
        }
        try {
            URI o = URI.create(origin);
            String authority = o.getPort() == -1 ? o.getHost() : o.getHost() + ":" + o.getPort();
            return host == null || !authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    static Optional<BasicCredentials> basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Optional<String> bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /** A path to go to after sign-in: only a local absolute path, never another site. */
    static boolean safeLocalPath(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && next.chars().noneMatch(c -> c < 0x20);
    }
}
