package plv.platform.api.web;

import java.util.Set;

import plv.platform.api.Actor;
import plv.platform.api.Role;

/**
 * One link in the shell's navigation.
 *
 * @param section e.g. "Company", "Council decisions", "Programmes"
 * @param title   the link text
 * @param path    the path it links to, starting with {@code /}
 * @param roles   roles that see it; empty means every signed-in user
 * @param order   position within its section, lowest first
 */
public record NavigationEntry(String section, String title, String path, Set<Role> roles, int order) {

    public NavigationEntry {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean visibleTo(Actor actor) {
        return actor != null && (roles.isEmpty() || roles.contains(actor.role()));
    }
}
