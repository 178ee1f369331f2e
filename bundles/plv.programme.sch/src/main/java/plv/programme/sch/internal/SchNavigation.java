package plv.programme.sch.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import plv.platform.api.web.NavigationEntry;
import plv.platform.api.web.NavigationProvider;

/** The programme's entry in the shell's navigation. */
@Component
public class SchNavigation implements NavigationProvider {

    @Override
    public List<NavigationEntry> entries() {
        // its contract register and risk log are listed by the commissioning area, from registers()
        return List.of(new NavigationEntry("Programmes", "Secure Children's Home", SecureChildrensHome.PATH, Set.of(), 10));
    }
}
