package plv.programme.rpa.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import plv.platform.api.RoleGroup;
import plv.platform.api.web.NavigationEntry;
import plv.platform.api.web.NavigationProvider;

/**
 * The programme's own entry in the navigation, its admitted providers. Its overview's entry is the shell's (the
 * programme kit); its contract register and risk log are listed by the commissioning area, from
 * {@link ResidentialParentingAssessments#registers()}.
 */
@Component
public class RpaNavigation implements NavigationProvider {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(new NavigationEntry("Programmes", ResidentialParentingAssessments.NAME + ": admitted providers",
                RpaProviderPages.PROVIDERS, RoleGroup.REGISTER_READERS.roles(), 10));
    }
}
