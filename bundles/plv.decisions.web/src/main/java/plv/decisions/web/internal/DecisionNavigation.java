package plv.decisions.web.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import plv.platform.api.Role;
import plv.platform.api.RoleGroup;
import plv.platform.api.web.NavigationEntry;
import plv.platform.api.web.NavigationProvider;

/** The "Council decisions" section of the navigation. */
@Component(service = NavigationProvider.class)
public class DecisionNavigation implements NavigationProvider {

    static final String SECTION = "Council decisions";

    @Override
    public List<NavigationEntry> entries() {
        return List.of(new NavigationEntry(SECTION, "Decisions", "/decisions", Set.of(), 10),
                new NavigationEntry(SECTION, "Review queue", "/reviews",
                        RoleGroup.COUNCIL_RECORD_READERS.roles(), 20),
                new NavigationEntry(SECTION, "33 councils overview", "/decisions/overview", RoleGroup.COMPANY_OFFICERS.roles(), 30),
                new NavigationEntry(SECTION, "Import decisions", "/decisions/import", Set.of(Role.SECRETARY), 40));
    }
}
