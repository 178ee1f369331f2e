package plv.platform.security.internal;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.persistence.Database;
import plv.platform.security.api.NewUser;
import plv.platform.security.api.UserDirectory;

/**
 * Creates the first company secretary from the framework properties {@code plv.admin.user} and
 * {@code plv.admin.password} when no user exists yet, and with {@code plv.demo=true} one demo user for each role
 * (documented in docs/demo-users.md).
 */
@Component(immediate = true, service = {})
public class SecurityBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityBootstrap.class);

    /** The demo users; their passwords are published in docs/demo-users.md and must never be used in production. */
    static final List<NewUser> DEMO_USERS = List.of(
            new NewUser("secretary", "Sam Adeyemi", Role.SECRETARY, null, "plv-demo-secretary"),
            new NewUser("director", "Dana Whitfield", Role.DIRECTOR, null, "plv-demo-director"),
            new NewUser("mo.camden", "Morgan Price (Camden)", Role.MONITORING_OFFICER, "E09000007", "plv-demo-camden"),
            new NewUser("mo.hackney", "Harriet Cole (Hackney)", Role.MONITORING_OFFICER, "E09000012", "plv-demo-hackney"),
            new NewUser("commissioner", "Chris Osei", Role.COMMISSIONING_OFFICER, null, "plv-demo-commissioner"),
            new NewUser("po.camden", "Priya Shah (Camden placements)", Role.PLACING_OFFICER, "E09000007", "plv-demo-placing-camden"),
            new NewUser("viewer", "Vic Lang", Role.VIEWER, null, "plv-demo-viewer"));

    @Activate
    public SecurityBootstrap(BundleContext context, @Reference UserDirectory users, @Reference Database database) {
        // once per database: a node starting at the same moment waits, then finds the users created
        database.exclusively("plv.platform.security.bootstrap", () -> bootstrap(context, users));
    }

    private static void bootstrap(BundleContext context, UserDirectory users) {
        String admin = context.getProperty("plv.admin.user");
        String password = context.getProperty("plv.admin.password");
        if (admin != null && !admin.isBlank() && password != null && users.isEmpty()) {
            create(users, new NewUser(admin, admin, Role.SECRETARY, null, password));
        }
        if (Boolean.parseBoolean(context.getProperty("plv.demo"))) {
            DEMO_USERS.stream().filter(u -> users.find(u.username()).isEmpty()).forEach(u -> create(users, u));
        }
        if (users.isEmpty()) {
            LOG.warn("No user exists yet: start with -Dplv.admin.user=<name> -Dplv.admin.password=<12+ characters>, "
                    + "or use the shell command plv:user-add <username> secretary <password>");
        }
    }

    private static void create(UserDirectory users, NewUser user) {
        try {
            users.create(Actor.system(), user);
            LOG.info("Created user {} ({})", user.username(), user.role().id());
        } catch (ValidationException e) {
            LOG.error("Could not create user {}: {}", user.username(), e.getMessage());
        }
    }
}
