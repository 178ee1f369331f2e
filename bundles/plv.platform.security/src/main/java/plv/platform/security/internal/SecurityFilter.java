package plv.platform.security.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import plv.platform.api.Actor;
import plv.platform.api.web.PageRenderer;
import plv.platform.security.api.PublicPath;
import plv.platform.security.api.SecurityHeaders;
import plv.platform.security.api.Sessions;
import plv.platform.security.api.SignInOutcome;
import plv.platform.security.api.UserSession;

/**
 * In front of every request: sets the security headers, establishes who is asking (browser session, or HTTP Basic /
 * Bearer token on {@code /api/}), sends visitors who are not signed in to the sign-in page, and refuses a
 * state-changing browser request coming from another site or without its session's CSRF token, all before any of a
 * request body is read. The body then reaches pages through {@link BoundedRequest}: read only when asked for, never
 * past its limit (413 naming it), its temporary files deleted when the request ends.
 */
@Component(service = Filter.class, property = Constants.SERVICE_RANKING + ":Integer=1000",
        configurationPid = SecuritySettings.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@HttpWhiteboardFilterPattern("/*")
public class SecurityFilter implements Filter {

    /** The calendar feeds that a calendar program reads with {@code ?token=} (it cannot send headers); exact paths. */
    static final Set<String> CALENDAR_FEEDS = Set.of("/deadlines.ics", "/api/deadlines.ics",
            // old addresses, kept as redirects to the two above
            "/members/deadlines.ics", "/api/membership/deadlines.ics");

    static final String MULTIPART = "osgi.http.whiteboard.servlet.multipart.";
    static final long UPLOAD_OVERHEAD = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(SecurityFilter.class);

    private final BrowserSessions sessions;
    private final UserDirectoryService users;
    private final PublicPaths publicPaths = new PublicPaths();
    private final Map<Object, Upload> uploads = new ConcurrentHashMap<>();
    private final long anonymousBodyBytes;
    private final long formBodyBytes;
    private final boolean secure;
    private final Path tempDir;
    private volatile PageRenderer pages;

    /** The address patterns of a page that accepts files, and the largest file it accepts. */
    record Upload(List<String> patterns, long maxFileSize) {
    }

    @Activate
    public SecurityFilter(@Reference BrowserSessions sessions, @Reference UserDirectoryService users, SecuritySettings settings) {
        this.sessions = sessions;
        this.users = users;
        this.anonymousBodyBytes = settings.anonymousBodyBytes();
        this.formBodyBytes = settings.formBodyBytes();
        this.secure = sessions.secure();
        this.tempDir = Path.of(System.getProperty("java.io.tmpdir"), "plv-uploads");
        sweep(tempDir, Duration.ofHours(1));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + PublicPath.NAME + "=*)")
    void addPublicPage(Servlet servlet, Map<String, Object> properties) {
        publicPaths.add(servlet, patterns(properties.get(PublicPath.NAME)));
    }

    void removePublicPage(Servlet servlet) {
        publicPaths.remove(servlet);
    }

    /** Pages that accept files declare it (and their largest file) with the whiteboard's multipart properties. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + MULTIPART + "enabled=true)")
    void addUploadPage(Servlet servlet, Map<String, Object> properties) {
        long max = number(properties.get(MULTIPART + "maxFileSize"));
        long request = number(properties.get(MULTIPART + "maxRequestSize"));
        uploads.put(servlet, new Upload(patterns(properties.get("osgi.http.whiteboard.servlet.pattern")),
                max > 0 ? max : request > 0 ? request : formBodyBytes));
    }

    void removeUploadPage(Servlet servlet) {
        uploads.remove(servlet);
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
        if (secure) {
            resp.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        String path = RequestChecks.path(req);
        boolean api = RequestChecks.isApi(path);
        boolean changing = RequestChecks.changesState(req.getMethod());
        Map<String, List<String>> query = new java.util.LinkedHashMap<>();
        BoundedRequest.decode(req.getQueryString(), query);

        Optional<BrowserSession> session = sessions.lookup(req, resp);
        session.ifPresent(s -> req.setAttribute(UserSession.ATTRIBUTE, s));
        String authorization = req.getHeader("Authorization");
        boolean byHeader = api && authorization != null;
        Actor actor;
        if (byHeader) {
            Optional<RequestChecks.BasicCredentials> basic = RequestChecks.basic(authorization);
            if (basic.isPresent()) {
                SignInOutcome outcome = users.authenticateBasic(basic.get().username(), basic.get().password(), req.getRemoteAddr());
                if (outcome.status() == SignInOutcome.Status.THROTTLED) {
                    resp.setHeader("Retry-After", String.valueOf(outcome.retryAfterSeconds(java.time.Instant.now())));
                    json(resp, 429, outcome.message());
                    return;
                }
                actor = outcome.signedInActor().orElse(null);
            } else {
                actor = RequestChecks.bearer(authorization).flatMap(users::actorForToken).orElse(null);
            }
            if (actor == null) {
                unauthorized(resp, "The credentials were not accepted: send HTTP Basic or a valid API token as Bearer.");
                return;
            }
        } else if (calendarFeed(path, changing, first(query, "token"))) {
            // Calendar programs cannot send headers: a personal API token in the feed's address stands in for them.
            actor = users.actorForToken(first(query, "token")).orElse(null);
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

        if (changing && !byHeader && RequestChecks.crossSite(req.getHeader("Sec-Fetch-Site"), req.getHeader("Origin"), req.getHeader("Host"))) {
            refuse(req, resp, "This request came from another web site and was refused; nothing was changed.");
            return;
        }
        // Who is asking is known before any of the body is read: nobody who is not signed in gets further than the
        // sign-in form, whose small body is the only one read for them.
        boolean signInForm = path.equals("/sign-in");
        if (actor == null && !(publicPaths.matches(path) && (!changing || signInForm))) {
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

        BoundedRequest bounded = null;
        if (changing) {
            Upload upload = actor == null ? null : upload(path);
            // An upload page takes its largest file plus a little for the other fields and the multipart framing.
            long limit = actor == null ? anonymousBodyBytes : upload != null ? upload.maxFileSize() + UPLOAD_OVERHEAD : formBodyBytes;
            bounded = new BoundedRequest(req, limit, upload != null ? upload.maxFileSize() : formBodyBytes, tempDir);
            try {
                if (bounded.isMultipart() && upload != null && req.getContentLengthLong() > limit) {
                    throw new plv.platform.security.api.RequestTooLargeException("The file", upload.maxFileSize());
                }
                bounded.checkDeclaredLength();
                if (actor == null && req.getContentLengthLong() != 0 && !bounded.isForm()) {
                    json(resp, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Send the sign-in form as a plain form "
                            + "(application/x-www-form-urlencoded).");
                    return;
                }
                if (!byHeader && (session.isEmpty() || !session.get().csrfMatches(presentedCsrf(req, bounded, query)))) {
                    refuse(req, resp, "The form had no valid security token (perhaps your session expired); nothing was "
                            + "changed. Go back, reload the page and try again.");
                    return;
                }
            } catch (plv.platform.security.api.RequestTooLargeException e) {
                tooLarge(req, resp, e);
                return;
            }
        }
        if (session.isPresent() || actor != null) {
            resp.setHeader("Cache-Control", "no-store");
        }
        try {
            chain.doFilter(bounded != null ? bounded : req, resp);
        } catch (plv.platform.security.api.RequestTooLargeException e) {
            tooLarge(req, resp, e);
        } finally {
            if (bounded != null) {
                bounded.cleanUp();
            }
        }
    }

    /**
     * The CSRF token the request presents, read without touching a large body: the header, the query string, the
     * field of a (size-limited) plain form, or the first part of a multipart body (read alone, up to a few KB; the
     * forms put the token first).
     */
    private static String presentedCsrf(HttpServletRequest req, BoundedRequest body, Map<String, List<String>> query)
            throws java.io.IOException {
        String header = req.getHeader(Sessions.CSRF_HEADER);
        if (header != null) {
            return header;
        }
        String inQuery = first(query, Sessions.CSRF_FIELD);
        if (inQuery != null) {
            return inQuery;
        }
        if (body.isForm()) {
            return body.getParameter(Sessions.CSRF_FIELD);
        }
        if (body.isMultipart()) {
            UploadPart part = body.firstPart();
            return part != null && part.isFormField() && Sessions.CSRF_FIELD.equals(part.getName()) ? part.text() : null;
        }
        return null;
    }

    private Upload upload(String path) {
        for (Upload u : uploads.values()) {
            for (String p : u.patterns()) {
                if (PublicPaths.matches(p, path)) {
                    return u;
                }
            }
        }
        return null;
    }

    private void tooLarge(HttpServletRequest req, HttpServletResponse resp, plv.platform.security.api.RequestTooLargeException e)
            throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        resp.resetBuffer();
        // A modest rest of the body is dropped so that the client can read this answer; the connection is closed.
        plv.platform.security.api.UnreadBody.discard(req, plv.platform.security.api.UnreadBody.DEFAULT_DISCARD_BYTES);
        resp.setHeader("Connection", "close");
        PageRenderer renderer = pages;
        if (renderer != null && !RequestChecks.isApi(RequestChecks.path(req))) {
            renderer.error(req, resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, e.getMessage());
        } else {
            json(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, e.getMessage());
        }
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static long number(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        try {
            return value == null ? -1 : Long.parseLong(value.toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Removes upload files left behind by a process that was killed mid-request. */
    static void sweep(Path dir, Duration olderThan) {
        if (!java.nio.file.Files.isDirectory(dir)) {
            return;
        }
        java.time.Instant cutoff = java.time.Instant.now().minus(olderThan);
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().startsWith("plv-upload-")).forEach(f -> {
                try {
                    if (java.nio.file.Files.getLastModifiedTime(f).toInstant().isBefore(cutoff)) {
                        java.nio.file.Files.deleteIfExists(f);
                    }
                } catch (IOException e) {
                    LOG.debug("Could not remove {}", f, e);
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not sweep {}: {}", dir, e.toString());
        }
    }

    /**
     * An iCalendar feed read with {@code ?token=}: only GET of one of the feed addresses, matched exactly on the raw
     * path (no path parameters such as {@code ;.ics}, no suffix match), never a state change.
     */
    static boolean calendarFeed(String path, boolean changing, String token) {
        return !changing && token != null && !token.isBlank() && CALENDAR_FEEDS.contains(path);
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
