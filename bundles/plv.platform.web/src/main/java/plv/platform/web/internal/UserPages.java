package plv.platform.web.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.NotFoundException;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.time.PlvClock;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.Label;
import plv.platform.api.web.route.MaxLength;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.Secret;
import plv.platform.api.web.route.WebRoutes;
import plv.platform.security.api.ApiToken;
import plv.platform.security.api.IssuedToken;
import plv.platform.security.api.NewUser;
import plv.platform.security.api.UserAccount;
import plv.platform.security.api.UserDirectory;
import plv.platform.web.api.CsvWriter;
import plv.platform.web.api.ListPage;
import plv.platform.web.api.ListQuery;

/**
 * The secretary's user administration, written as routes: {@code /users} (list, filter, sort, CSV), {@code /users/new},
 * {@code /users/{username}} (lock, unlock, API tokens).
 */
@Component(service = WebRoutes.class)
public class UserPages implements WebRoutes {

    private static final Access SECRETARY = Access.roles(Role.SECRETARY);
    private static final Map<String, Function<UserAccount, ? extends Comparable<?>>> SORTS = Map.of(
            "username", UserAccount::username, "displayName", UserAccount::displayName, "role", u -> u.role().id());

    private final UserDirectory users;
    private final PlvClock clock;
    private final DateTimeFormatter time;

    /** The new-user form. */
    public record NewUserForm(@MaxLength(40) String username, @Label("Name shown to people") @MaxLength(200) String displayName,
            String role, @Label("Council GSS code") @MaxLength(9) String councilGss, @Secret @MaxLength(200) String password) {
    }

    @Activate
    public UserPages(@Reference UserDirectory users, @Reference PlvClock clock) {
        this.users = users;
        this.clock = clock;
        this.time = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", java.util.Locale.UK).withZone(PlvClock.LONDON);
    }

    @Override
    public void define(Routes routes) {
        routes.get("/users", SECRETARY, this::list)
                .get("/users/new", SECRETARY, r -> newForm(r, FormState.empty()))
                .form("/users", SECRETARY, NewUserForm.class, this::newForm, this::create)
                .get("/users/{username}", SECRETARY, this::detail)
                .post("/users/{username}/lock", SECRETARY, r -> back(r, "Locked "
                        + users.lock(r.requireActor(), account(r).username()).username() + "."))
                .post("/users/{username}/unlock", SECRETARY, r -> back(r, "Unlocked "
                        + users.unlock(r.requireActor(), account(r).username()).username() + "."))
                .post("/users/{username}/tokens", SECRETARY, this::issueToken)
                .post("/users/{username}/tokens/{id}/revoke", SECRETARY, this::revokeToken);
    }

    private Reply list(RouteRequest r) {
        ListQuery query = ListQuery.from(r.servletRequest(), List.of("username", "displayName", "role"), "username");
        List<UserAccount> all = users.list();
        Predicate<UserAccount> filter = u -> query.matches(u.username(), u.displayName(), u.role().label(), u.councilGss());
        if (r.query("format").filter("csv"::equals).isPresent()) {
            List<List<Object>> rows = query.selectAll(all, filter, SORTS).stream().map(u -> Arrays.<Object>asList(u.username(),
                    u.displayName(), u.role().id(), u.councilGss(), u.lockedUntil())).toList();
            return CsvWriter.download("users.csv", List.of("username", "display name", "role", "council", "locked until"), rows);
        }
        ListPage<UserAccount> page = query.apply(all, filter, SORTS);
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("query", query);
        model.put("rows", page.items().stream().map(this::row).toList());
        return Reply.page(getClass(), "users/list.ftlh", "Users", model);
    }

    private Reply.Page newForm(RouteRequest r, FormState state) {
        Map<String, Object> model = new HashMap<>();
        model.put("roles", Arrays.stream(Role.values()).map(x -> Map.of("id", x.id(), "label", x.label())).toList());
        return Reply.page(getClass(), "users/new.ftlh", "New user", model).withForm(state);
    }

    private Reply create(RouteRequest r, NewUserForm form) {
        // an unknown role reaches the service as none, which refuses it beside the field with the other errors
        Role role = Role.byId(form.role()).orElse(null);
        UserAccount created = users.create(r.requireActor(), new NewUser(nz(form.username()), nz(form.displayName()), role,
                form.councilGss(), form.password()));
        return Reply.redirect("/users/" + created.username(), "Created user " + created.username() + ".");
    }

    private Reply detail(RouteRequest r) {
        UserAccount account = account(r);
        Map<String, Object> model = new HashMap<>();
        model.put("account", row(account));
        model.put("self", account.username().equals(r.requireActor().username()));
        model.put("tokens", users.tokens(account.username()).stream().map(this::token).toList());
        return Reply.page(getClass(), "users/detail.ftlh", "User " + account.username(), model);
    }

    private Reply issueToken(RouteRequest r) {
        UserAccount account = account(r);
        try {
            IssuedToken t = users.issueToken(r.requireActor(), account.username(), r.servletRequest().getParameter("label"));
            return back(r, "New API token \"" + t.token().label() + "\": " + t.secret()
                    + " (copy it now: it will not be shown again).");
        } catch (ValidationException e) {
            return back(r, e.errors().get(0).message());
        }
    }

    private Reply revokeToken(RouteRequest r) {
        UserAccount account = account(r);
        long id = r.pathLong("id");
        if (users.tokens(account.username()).stream().noneMatch(t -> t.id() == id)) {
            throw new NotFoundException("User " + account.username() + " has no API token " + id + ".");
        }
        return back(r, "Revoked token " + users.revokeToken(r.requireActor(), id).label() + ".");
    }

    private static Reply back(RouteRequest r, String message) {
        return Reply.redirect("/users/" + r.path("username"), message);
    }

    private UserAccount account(RouteRequest r) {
        String username = r.path("username");
        return users.find(username).orElseThrow(() -> new NotFoundException("There is no user " + username + "."));
    }

    private Map<String, Object> row(UserAccount u) {
        Instant now = clock.now();
        boolean locked = u.lockedAt(now);
        return Map.of("username", u.username(), "displayName", u.displayName(), "role", u.role().label(),
                "council", u.councilGss() == null ? "" : u.councilGss(), "locked", locked,
                "lockedUntil", locked ? time.format(u.lockedUntil()) : "", "failedAttempts", u.failedAttempts());
    }

    private Map<String, Object> token(ApiToken t) {
        return Map.of("id", t.id(), "label", t.label(), "created", time.format(t.createdAt()), "active", t.active(),
                "revoked", t.revokedAt() == null ? "" : time.format(t.revokedAt()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
