package plv.membership.web.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import plv.platform.api.Role;
import plv.platform.api.RoleGroup;
import plv.platform.api.web.NavigationEntry;
import plv.platform.api.web.NavigationProvider;

/** The membership area's links under "Company". */
@Component(service = NavigationProvider.class)
public class MembershipNavigation implements NavigationProvider {

    static final String SECTION = "Company";

    @Override
    public List<NavigationEntry> entries() {
        Set<Role> company = RoleGroup.COUNCIL_RECORD_READERS.roles();
        return List.of(new NavigationEntry(SECTION, "Members register", "/members", Set.of(), 10),
                new NavigationEntry(SECTION, "Member agreements", "/members/agreements", company, 20),
                new NavigationEntry(SECTION, "Contributions", "/members/contributions", company, 30),
                new NavigationEntry(SECTION, "Fees and indices", "/members/fees", Set.of(Role.SECRETARY), 50));
    }
}
