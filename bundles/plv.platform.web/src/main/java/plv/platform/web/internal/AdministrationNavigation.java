package plv.platform.web.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import plv.platform.api.Role;
import plv.platform.api.web.NavigationEntry;
import plv.platform.api.web.NavigationProvider;

/**
 * The shell's own links: the dashboard and the deadlines of every area for everyone, user and bundle administration
 * for the secretary.
 */
@Component(service = NavigationProvider.class)
public class AdministrationNavigation implements NavigationProvider {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(new NavigationEntry("Home", "Dashboard", "/", Set.of(), 0),
                new NavigationEntry("Home", "Deadlines", "/deadlines", Set.of(), 1),
                new NavigationEntry("Administration", "Users", "/users", Set.of(Role.SECRETARY), 900),
                new NavigationEntry("Administration", "Bundles", "/admin/bundles", Set.of(Role.SECRETARY), 910));
    }
}
