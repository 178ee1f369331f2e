package plv.programme.rpa.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import plv.platform.api.Role;
import plv.platform.api.web.NavigationEntry;
import plv.platform.api.web.NavigationProvider;

/**
 * The programme's entries in the shell's navigation: its overview and its admitted providers. Its contract register
 * and risk log are listed by the commissioning area, from {@link ResidentialParentingAssessments#registers()}.
 */
@Component
public class RpaNavigation implements NavigationProvider {

    @Override
    public List<NavigationEntry> entries() {
        String name = ResidentialParentingAssessments.NAME;
        return List.of(new NavigationEntry("Programmes", name, ResidentialParentingAssessments.PATH, Set.of(), 10),
                new NavigationEntry("Programmes", name + ": admitted providers", ResidentialParentingAssessments.PATH + "/providers",
                        Set.of(Role.COMMISSIONING_OFFICER, Role.SECRETARY, Role.DIRECTOR), 10));
    }
}
