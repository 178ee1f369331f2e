package plv.platform.web.internal;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import plv.platform.api.Actor;
import plv.platform.api.FieldError;
import plv.platform.api.NotFoundException;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.web.CurrentUser;
import plv.platform.security.api.ApiToken;
import plv.platform.security.api.IssuedToken;
import plv.platform.security.api.NewUser;
import plv.platform.security.api.UserAccount;
import plv.platform.security.api.UserDirectory;
import plv.platform.security.api.UserSession;
import plv.platform.web.api.CsvWriter;
import plv.platform.web.api.ListPage;
import plv.platform.web.api.ListQuery;

/**
 * The secretary's user administration: {@code /users} (list, filter, sort, CSV), {@code /users/new},
 * {@code /users/<name>} (lock, unlock, API tokens).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/users", "/users/*" })
public class UsersServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", java.util.Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    private static final Map<String, Function<UserAccount, ? extends Comparable<?>>> SORTS = Map.of(
            "username", UserAccount::username, "displayName", UserAccount::displayName, "role", u -> u.role().id());

    private final transient FreemarkerPageRenderer pages;
    private final transient CurrentUser currentUser;
    private final transient UserDirectory users;

    @Activate
    public UsersServlet(@Reference FreemarkerPageRenderer pages, @Reference CurrentUser currentUser, @Reference UserDirectory users) {
        this.pages = pages;
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        currentUser.require(req, Role.SECRETARY);
        List<String> parts = parts(req);
        if (parts.isEmpty()) {
            list(req, resp);
        } else if (parts.size() == 1 && parts.get(0).equals("new")) {
            newForm(req, resp, 200, Map.of(), Map.of());
        } else if (parts.size() == 1) {
            detail(req, resp, account(parts.get(0)));
        } else {
            throw new NotFoundException("There is no page at " + req.getRequestURI() + ".");
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Actor actor = currentUser.require(req, Role.SECRETARY);
        List<String> parts = parts(req);
        if (parts.isEmpty()) {
            create(req, resp, actor);
            return;
        }
        UserAccount account = account(parts.get(0));
        String action = parts.size() >= 2 ? parts.get(1) : "";
        switch (action) {
            case "lock" -> flash(req, "Locked " + users.lock(actor, account.username()).username() + ".");
            case "unlock" -> flash(req, "Unlocked " + users.unlock(actor, account.username()).username() + ".");
            case "tokens" -> {
                if (parts.size() == 4 && parts.get(3).equals("revoke")) {
                    long id = tokenId(parts.get(2), account);
                    flash(req, "Revoked token " + users.revokeToken(actor, id).label() + ".");
                } else {
                    try {
                        IssuedToken t = users.issueToken(actor, account.username(), req.getParameter("label"));
                        flash(req, "New API token \"" + t.token().label() + "\": " + t.secret()
                                + " (copy it now: it will not be shown again).");
                    } catch (ValidationException e) {
                        flash(req, e.errors().get(0).message());
                    }
                }
            }
            default -> throw new NotFoundException("There is no action " + action + " for users.");
        }
        resp.sendRedirect(req.getContextPath() + "/users/" + account.username());
    }

    private void list(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ListQuery query = ListQuery.from(req, List.of("username", "displayName", "role"), "username");
        List<UserAccount> all = users.list();
        java.util.function.Predicate<UserAccount> filter = u -> query.matches(u.username(), u.displayName(), u.role().label(),
                u.councilGss());
        if ("csv".equals(req.getParameter("format"))) {
            CsvWriter.send(resp, "users.csv", List.of("username", "display name", "role", "council", "locked until"),
                    query.selectAll(all, filter, SORTS).stream().map(u -> Arrays.<Object>asList(u.username(), u.displayName(),
                            u.role().id(), u.councilGss(), u.lockedUntil())).toList());
            return;
        }
        ListPage<UserAccount> page = query.apply(all, filter, SORTS);
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("query", query);
        model.put("rows", page.items().stream().map(this::row).toList());
        pages.render(req, resp, getClass(), "users/list.ftlh", "Users", model);
    }

    private void create(HttpServletRequest req, HttpServletResponse resp, Actor actor) throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        for (String f : List.of("username", "displayName", "role", "councilGss")) {
            form.put(f, req.getParameter(f) == null ? "" : req.getParameter(f));
        }
        try {
            Role role = Role.byId(form.get("role")).orElse(null);
            UserAccount created = users.create(actor, new NewUser(form.get("username"), form.get("displayName"), role,
                    form.get("councilGss"), req.getParameter("password")));
            flash(req, "Created user " + created.username() + ".");
            resp.sendRedirect(req.getContextPath() + "/users/" + created.username());
        } catch (ValidationException e) {
            Map<String, String> errors = e.errors().stream()
                    .collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + " " + b, LinkedHashMap::new));
            newForm(req, resp, 400, form, errors);
        }
    }

    private void newForm(HttpServletRequest req, HttpServletResponse resp, int status, Map<String, String> form,
            Map<String, String> errors) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors);
        model.put("roles", Arrays.stream(Role.values()).map(r -> Map.of("id", r.id(), "label", r.label())).toList());
        pages.render(req, resp, status, getClass(), "users/new.ftlh", "New user", model);
    }

    private void detail(HttpServletRequest req, HttpServletResponse resp, UserAccount account) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("account", row(account));
        model.put("tokens", users.tokens(account.username()).stream().map(UsersServlet::token).toList());
        pages.render(req, resp, getClass(), "users/detail.ftlh", "User " + account.username(), model);
    }

    private Map<String, Object> row(UserAccount u) {
        boolean locked = u.lockedAt(java.time.Instant.now());
        return Map.of("username", u.username(), "displayName", u.displayName(), "role", u.role().label(),
                "council", u.councilGss() == null ? "" : u.councilGss(), "locked", locked,
                "lockedUntil", locked ? TIME.format(u.lockedUntil()) : "", "failedAttempts", u.failedAttempts());
    }

    private static Map<String, Object> token(ApiToken t) {
        return Map.of("id", t.id(), "label", t.label(), "created", TIME.format(t.createdAt()), "active", t.active(),
                "revoked", t.revokedAt() == null ? "" : TIME.format(t.revokedAt()));
    }

    private UserAccount account(String username) {
        return users.find(username).orElseThrow(() -> new NotFoundException("There is no user " + username + "."));
    }

    private long tokenId(String text, UserAccount account) {
        try {
            long id = Long.parseLong(text);
            if (users.tokens(account.username()).stream().anyMatch(t -> t.id() == id)) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to not found
        }
        throw new NotFoundException("User " + account.username() + " has no API token " + text + ".");
    }

    private static void flash(HttpServletRequest req, String message) {
        UserSession.of(req).ifPresent(s -> s.flash(message));
    }

    private static List<String> parts(HttpServletRequest req) {
        String info = req.getPathInfo();
        if (info == null || info.equals("/")) {
            return List.of();
        }
        return Arrays.stream(info.substring(1).split("/")).filter(s -> !s.isEmpty()).toList();
    }
}
