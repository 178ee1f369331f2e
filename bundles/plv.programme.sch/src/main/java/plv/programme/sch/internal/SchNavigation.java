package plv.programme.sch.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import plv.platform.api.Role;
import plv.platform.api.web.NavigationEntry;
import plv.platform.api.web.NavigationProvider;

/** The programme's entries in the shell's navigation. */
@Component
public class SchNavigation implements NavigationProvider {

    @Override
    public List<NavigationEntry> entries() {
        Set<Role> staff = Set.of(Role.SECRETARY, Role.DIRECTOR, Role.COMMISSIONING_OFFICER);
        return List.of(new NavigationEntry("Programmes", "Secure Children's Home", SecureChildrensHome.PATH, Set.of(), 10),
                new NavigationEntry("Programmes", "SCH risk log", SecureChildrensHome.PATH + "/risks", staff, 11),
                new NavigationEntry("Programmes", "SCH contracts", SecureChildrensHome.PATH + "/contracts", staff, 12));
    }
}
