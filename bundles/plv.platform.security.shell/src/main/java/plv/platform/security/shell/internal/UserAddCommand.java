package plv.platform.security.shell.internal;

import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.security.api.NewUser;
import plv.platform.security.api.UserAccount;
import plv.platform.security.api.UserDirectory;

/**
 * {@code plv:user-add <username> <role> <password> [councilGss]}: creates a user from the shell, e.g. the first
 * company secretary. Runs as the system actor, so it is in the audit trail as {@code system}. A {@link Function}
 * rather than a method, because a method cannot be named {@code user-add}.
 */
@Component(service = Function.class, property = { "osgi.command.scope=plv", "osgi.command.function=user-add",
        "osgi.command.function=userAdd" })
public class UserAddCommand implements Function {

    static final String USAGE = "usage: plv:user-add <username> <role> <password> [councilGss]\n"
            + "  role: secretary | director | monitoring-officer | commissioning-officer | viewer\n"
            + "  councilGss: required for a monitoring officer, e.g. E09000007";

    private final UserDirectory users;

    @Activate
    public UserAddCommand(@Reference UserDirectory users) {
        this.users = users;
    }

    @Override
    public Object execute(CommandSession session, List<Object> arguments) {
        return run(arguments.stream().map(String::valueOf).toList());
    }

    String run(List<String> args) {
        if (args.size() < 3 || args.size() > 4) {
            return USAGE;
        }
        Role role = Role.byId(args.get(1)).orElse(null);
        if (role == null) {
            return "Unknown role " + args.get(1) + ".\n" + USAGE;
        }
        try {
            UserAccount account = users.create(Actor.system(),
                    new NewUser(args.get(0), args.get(0), role, args.size() == 4 ? args.get(3) : null, args.get(2)));
            return "Created " + account.username() + " (" + account.role().id()
                    + (account.councilGss() == null ? "" : ", " + account.councilGss()) + ")";
        } catch (ValidationException e) {
            return "Not created: " + e.getMessage();
        }
    }
}
