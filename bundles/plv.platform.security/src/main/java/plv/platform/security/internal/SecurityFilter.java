package plv.platform.security.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

import plv.platform.api.Actor;
import plv.platform.api.web.PageRenderer;
import plv.platform.security.api.PublicPath;
import plv.platform.security.api.SecurityHeaders;
import plv.platform.security.api.UserDirectory;
import plv.platform.security.api.UserSession;

/**
 * In front of every request: sets the security headers, establishes who is asking (browser session, or HTTP Basic /
 * Bearer token on {@code /api/}), refuses a state-changing browser request without its session's CSRF token or coming
 * from another site, and sends visitors who are not signed in to the sign-in page.
 */
@Component(service = Filter.class, property = Constants.SERVICE_RANKING + ":Integer=1000")
@HttpWhiteboardFilterPattern("/*")
public class SecurityFilter implements Filter {

    private final BrowserSessions sessions;
    private final UserDirectory users;
    private final PublicPaths publicPaths = new PublicPaths();
    private volatile PageRenderer pages;

    @Activate
    public SecurityFilter(@Reference BrowserSessions sessions, @Reference UserDirectory users) {
        this.sessions = sessions;
        this.users = users;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + PublicPath.NAME + "=*)")
    void addPublicPage(Servlet servlet, Map<String, Object> properties) {
        publicPaths.add(servlet, patterns(properties.get(PublicPath.NAME)));
    }

    void removePublicPage(Servlet servlet) {
        publicPaths.remove(servlet);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setPages(PageRenderer renderer) {
        this.pages = renderer;
    }

    void unsetPages(PageRenderer renderer) {
        if (this.pages == renderer) {
            this.pages = null;
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        SecurityHeaders.apply(resp);
        String path = RequestChecks.path(req);
        boolean api = RequestChecks.isApi(path);
        boolean changing = RequestChecks.changesState(req.getMethod());

        Optional<BrowserSession> session = sessions.lookup(req);
        session.ifPresent(s -> req.setAttribute(UserSession.ATTRIBUTE, s));
        String authorization = req.getHeader("Authorization");
        boolean byHeader = api && authorization != null;
        Actor actor;
        if (byHeader) {
            actor = fromHeader(authorization);
            if (actor == null) {
                unauthorized(resp, "The credentials were not accepted: send HTTP Basic or a valid API token as Bearer.");
                return;
            }
        } else if (calendarFeed(path, changing, req.getParameter("token"))) {
            // Calendar programs cannot send headers: a personal API token in the feed's address stands in for them.
            actor = users.actorForToken(req.getParameter("token")).orElse(null);
            if (actor == null) {
                unauthorized(resp, "The token in this calendar address is not valid (revoked?); ask for a new personal API token.");
                return;
            }
        } else {
            actor = session.flatMap(BrowserSession::actor).orElse(null);
        }
        if (actor != null) {
            req.setAttribute(CurrentUserService.ATTRIBUTE, actor);
        }

        if (changing && !byHeader) {
            if (RequestChecks.crossSite(req.getHeader("Sec-Fetch-Site"), req.getHeader("Origin"), req.getHeader("Host"))) {
                refuse(req, resp, "This request came from another web site and was refused; nothing was changed.");
                return;
            }
            if (session.isEmpty() || !session.get().csrfMatches(RequestChecks.presentedCsrf(req))) {
                refuse(req, resp, "The form had no valid security token (perhaps your session expired); nothing was "
                        + "changed. Go back, reload the page and try again.");
                return;
            }
        }

        if (actor == null && !(publicPaths.matches(path) && (!changing || path.equals("/sign-in")))) {
            if (api) {
                unauthorized(resp, "Sign in: send HTTP Basic credentials or a personal API token as Bearer.");
            } else if (!changing) {
                String next = req.getQueryString() == null ? path : path + "?" + req.getQueryString();
                resp.sendRedirect(req.getContextPath() + "/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            } else {
                refuse(req, resp, "Sign in first; nothing was changed.");
            }
            return;
        }
        if (session.isPresent() || actor != null) {
            resp.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(req, resp);
    }

    /** An iCalendar feed read with {@code ?token=}: only GET of a {@code .ics} path, never a state change. */
    static boolean calendarFeed(String path, boolean changing, String token) {
        return !changing && token != null && !token.isBlank() && path.endsWith(".ics");
    }

    private Actor fromHeader(String authorization) {
        Optional<RequestChecks.BasicCredentials> basic = RequestChecks.basic(authorization);
        if (basic.isPresent()) {
            return users.authenticateRequest(basic.get().username(), basic.get().password()).signedInActor().orElse(null);
        }
        return RequestChecks.bearer(authorization).flatMap(users::actorForToken).orElse(null);
    }

    private void refuse(HttpServletRequest req, HttpServletResponse resp, String message) throws IOException {
        PageRenderer renderer = pages;
        if (renderer != null && !RequestChecks.isApi(RequestChecks.path(req))) {
            renderer.error(req, resp, HttpServletResponse.SC_FORBIDDEN, message);
        } else {
            json(resp, HttpServletResponse.SC_FORBIDDEN, message);
        }
    }

    private static void unauthorized(HttpServletResponse resp, String message) throws IOException {
        resp.setHeader("WWW-Authenticate", "Basic realm=\"PLV\", charset=\"UTF-8\"");
        json(resp, HttpServletResponse.SC_UNAUTHORIZED, message);
    }

    private static void json(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        resp.getWriter().write("{\"status\":" + status + ",\"error\":\"" + jsonEscape(message) + "\"}");
    }

    static String jsonEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static java.util.List<String> patterns(Object value) {
        if (value instanceof String s) {
            return java.util.List.of(s);
        }
        if (value instanceof String[] a) {
            return Arrays.asList(a);
        }
        if (value instanceof java.util.Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return java.util.List.of();
    }
}
