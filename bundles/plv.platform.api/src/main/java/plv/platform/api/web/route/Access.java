package plv.platform.api.web.route;

import java.util.EnumSet;
import java.util.Set;

import plv.platform.api.Role;
import plv.platform.api.RoleGroup;

/**
 * Who may call a route, declared beside it: the one place a route states the roles and council scope it needs. The
 * shell checks it before the handler runs (and before a body is read); the core services keep their own checks as the
 * last line.
 *
 * @param anonymous    true when no sign-in is needed
 * @param roles        the roles allowed (empty with {@code anonymous == false}: any signed-in user)
 * @param councilParam when set, the name of the path parameter that holds a council's GSS code: a user bound to a
 *                     council (a monitoring officer) may only call the route for their own council
 */
public record Access(boolean anonymous, Set<Role> roles, String councilParam) {

    public Access {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Anyone, signed in or not (public pages). */
    public static Access anyone() {
        return new Access(true, Set.of(), null);
    }

    /** Any signed-in user. */
    public static Access signedIn() {
        return new Access(false, Set.of(), null);
    }

    /** Signed-in users holding one of {@code roles}. */
    public static Access roles(Role first, Role... more) {
        EnumSet<Role> set = EnumSet.of(first, more);
        return new Access(false, set, null);
    }

    /** Signed-in users whose role belongs to {@code group} (the groups every bundle shares). */
    public static Access of(RoleGroup group) {
        return new Access(false, group.roles(), null);
    }

    /** The same access, limited for council-bound users to the council named by path parameter {@code param}. */
    public Access ownCouncil(String param) {
        return new Access(anonymous, roles, param);
    }

    /** The roles as an array, for {@code CurrentUser.require}. */
    public Role[] roleArray() {
        return roles.toArray(Role[]::new);
    }
}
