package plv.platform.web.internal.route;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;


import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.ValidationException;
import plv.platform.api.web.CurrentUser;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.security.api.UserSession;
import plv.platform.web.api.FormPosts;
import plv.platform.web.internal.FreemarkerPageRenderer;

/**
 * The one servlet kind of the platform's routing layer: serves every route under one prefix ({@code /users} and
 * {@code /users/*}), whichever bundles declared them. Order of work: match the route (404, or 405 naming the allowed
 * methods), check access (before the body is read), bind the form, run the handler, write the reply. Exceptions go to
 * the shell's error mapping filter, which answers 400/403/404/409/500 pages or JSON.
 */
final class RouteServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient List<Route> routes = new CopyOnWriteArrayList<>();
    private final transient FreemarkerPageRenderer pages;
    private final transient CurrentUser currentUser;

    RouteServlet(FreemarkerPageRenderer pages, CurrentUser currentUser) {
        this.pages = pages;
        this.currentUser = currentUser;
    }

    void add(Route route) {
        routes.add(route);
        List<Route> sorted = new ArrayList<>(routes);
        sorted.sort((a, b) -> a.pattern().compareTo(b.pattern()));
        routes.clear();
        routes.addAll(sorted);
    }

    void removeOwnedBy(Object owner) {
        routes.removeIf(r -> r.owner() == owner);
    }

    /** The largest file any upload route here takes (0: no uploads), for the servlet's multipart registration. */
    long maxUploadBytes() {
        return routes.stream().mapToLong(Route::maxUploadBytes).max().orElse(0);
    }

    boolean isEmpty() {
        return routes.isEmpty();
    }

    List<Route> routes() {
        return List.copyOf(routes);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<String> segments = segments(req);
        String method = req.getMethod().equals("HEAD") ? "GET" : req.getMethod();
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            Map<String, String> params = route.pattern().match(segments);
            if (params == null) {
                continue;
            }
            if (!route.method().equals(method)) {
                allowed.add(route.method());
                continue;
            }
            run(route, params, req, resp);
            return;
        }
        if (!allowed.isEmpty()) {
            if (allowed.contains("GET")) {
                allowed.add("HEAD");
            }
            resp.setHeader("Allow", String.join(", ", allowed));
            pages.error(req, resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    req.getMethod() + " is not allowed here; use " + String.join(" or ", allowed) + ".");
            return;
        }
        throw new NotFoundException("There is no page at " + req.getRequestURI() + ".");
    }

    private void run(Route route, Map<String, String> params, HttpServletRequest req, HttpServletResponse resp)
            throws IOException {
        Optional<Actor> actor = currentUser.of(req);
        if (!route.access().anonymous()) {
            Actor a = currentUser.require(req, route.access().roleArray());
            String councilParam = route.access().councilParam();
            if (councilParam != null && a.councilGss() != null && !a.councilGss().equals(params.get(councilParam))) {
                throw new AccessDeniedException("You may only open records of your own council.");
            }
            actor = Optional.of(a);
        }
        Request request = new Request(req, params, actor);
        Reply reply;
        try {
            if (route.form() != null) {
                reply = runForm(route.form(), request, req);
            } else {
                reply = route.handler().handle(request);
            }
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        write(reply, req, resp);
    }

    private <T extends Record> Reply runForm(Route.FormRoute<T> form, Request request, HttpServletRequest req) throws Exception {
        return FormPosts.run(form.type(), form.page(), form.action(), request, req::getParameterValues);
    }

    private void write(Reply reply, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (reply instanceof Reply.Page p) {
            if (p.status() >= 400) {
                pages.render(req, resp, p.status(), p.owner(), p.template(), p.title(), p.model());
            } else {
                pages.render(req, resp, p.owner(), p.template(), p.title(), p.model());
            }
        } else if (reply instanceof Reply.Redirect r) {
            if (r.flash() != null) {
                UserSession.of(req).ifPresent(s -> s.flash(r.flash()));
            }
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", req.getContextPath() + r.path());
        } else if (reply instanceof Reply.Moved m) {
            resp.setStatus(308);
            resp.setHeader("Location", req.getContextPath() + m.path());
        } else if (reply instanceof Reply.Json j) {
            resp.setStatus(j.status());
            resp.setContentType("application/json;charset=UTF-8");
            byte[] body = JsonMapper.shared().writeValueAsBytes(j.body());
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
        } else if (reply instanceof Reply.Download d) {
            resp.setContentType(d.contentType());
            if (d.filename() != null) {
                resp.setHeader("Content-Disposition", (d.attachment() ? "attachment" : "inline") + "; filename=\""
                        + d.filename().replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
            }
            try (OutputStream out = resp.getOutputStream()) {
                d.body().writeTo(out);
            }
        } else if (reply instanceof Reply.Empty e) {
            resp.setStatus(e.status());
        } else {
            throw new IllegalStateException("a route answered nothing: " + req.getRequestURI());
        }
    }

    /** The request's path as decoded segments ({@code /users/a%20b} gives {@code users}, {@code a b}). */
    static List<String> segments(HttpServletRequest req) {
        String path = (req.getServletPath() == null ? "" : req.getServletPath())
                + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (path.isEmpty() || path.equals("/")) {
            return List.of();
        }
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return Arrays.stream(trimmed.split("/", -1)).map(s -> URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8))
                .toList();
    }

    /** The route's view of one request. */
    private static final class Request implements RouteRequest {
        private final HttpServletRequest req;
        private final Map<String, String> params;
        private final Optional<Actor> actor;

        Request(HttpServletRequest req, Map<String, String> params, Optional<Actor> actor) {
            this.req = req;
            this.params = params;
            this.actor = actor;
        }

        @Override
        public <T> T json(Class<T> type, int maxBytes) {
            byte[] body;
            try {
                body = req.getInputStream().readNBytes(maxBytes + 1);
            } catch (IOException e) {
                throw new plv.platform.api.ValidationException("body", "The body could not be read: " + e.getMessage());
            }
            if (body.length > maxBytes) {
                throw new plv.platform.security.api.RequestTooLargeException("The body", maxBytes);
            }
            try {
                return JsonMapper.shared().readValue(body, type);
            } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
                String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining("."));
                throw new plv.platform.api.ValidationException(field.isEmpty() ? "body" : field, (field.isEmpty() ? "The body" : field)
                        + " is not what this call takes: " + e.getOriginalMessage());
            } catch (IOException | RuntimeException e) {
                throw new plv.platform.api.ValidationException("body", "The body is not JSON this call takes"
                        + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? ": " + j.getOriginalMessage() : "."));
            }
        }

        @Override
        public Optional<Actor> actor() {
            return actor;
        }

        @Override
        public Actor requireActor() {
            return actor.orElseThrow(() -> new AccessDeniedException("Sign in to open this page."));
        }

        @Override
        public String path(String name) {
            String v = params.get(name);
            if (v == null) {
                throw new IllegalArgumentException("the route has no parameter {" + name + "}");
            }
            return v;
        }

        @Override
        public long pathLong(String name) {
            String v = path(name);
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new NotFoundException("There is no record " + v + " here.");
            }
        }

        @Override
        public Optional<String> query(String name) {
            String v = req.getParameter(name);
            return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
        }

        @Override
        public Optional<jakarta.servlet.http.Part> file(String name) {
            if (req.getContentType() == null || !req.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
                return Optional.empty();
            }
            try {
                jakarta.servlet.http.Part part = req.getPart(name);
                boolean chosen = part != null && (part.getSize() > 0
                        || part.getSubmittedFileName() != null && !part.getSubmittedFileName().isEmpty());
                return chosen ? Optional.of(part) : Optional.empty();
            } catch (IOException | jakarta.servlet.ServletException e) {
                throw new plv.platform.api.ValidationException(name, "The upload could not be read: " + e.getMessage());
            }
        }

        @Override
        public void flash(String message) {
            UserSession.of(req).ifPresent(s -> s.flash(message));
        }

        @Override
        public HttpServletRequest servletRequest() {
            return req;
        }
    }
}
