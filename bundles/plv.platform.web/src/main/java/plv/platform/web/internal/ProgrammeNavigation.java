package plv.platform.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.Programme;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.web.NavigationEntry;
import plv.platform.api.web.NavigationProvider;

/**
 * The programme kit's navigation: "All programmes" and an entry for every programme whose overview the shell renders,
 * read from the registry at each page, so a programme's entry goes with its bundle.
 */
@Component
public class ProgrammeNavigation implements NavigationProvider {

    private final ProgrammeRegistry registry;

    @Activate
    public ProgrammeNavigation(@Reference ProgrammeRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<NavigationEntry> entries() {
        List<NavigationEntry> out = new ArrayList<>();
        out.add(new NavigationEntry("Programmes", "All programmes", "/programmes", Set.of(), 5));
        for (Programme p : registry.programmes()) {
            if (p.overviewByShell()) {
                out.add(new NavigationEntry("Programmes", p.descriptor().name(), p.path(), Set.of(), 10));
            }
        }
        return out;
    }
}
