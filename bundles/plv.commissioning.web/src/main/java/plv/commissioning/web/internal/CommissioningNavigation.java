package plv.commissioning.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.Programme;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.RegisterDescriptor;
import plv.platform.api.Role;
import plv.platform.api.RoleGroup;
import plv.platform.api.web.NavigationEntry;
import plv.platform.api.web.NavigationProvider;

/**
 * Under "Programmes", each installed programme's registers that have a page, titled after the programme so that they
 * sort beneath its own entry ("Secure Children's Home: risk log"). Asked afresh for every page, so a programme whose
 * bundle stops takes its entries with it.
 */
@Component
public class CommissioningNavigation implements NavigationProvider {

    /** The order programme bundles give their own entry, so that theirs and these sort together by title. */
    static final int ORDER = 10;
    private static final Set<Role> READERS = RoleGroup.REGISTER_READERS.roles();
    private final ProgrammeRegistry programmes;

    @Activate
    public CommissioningNavigation(@Reference ProgrammeRegistry programmes) {
        this.programmes = programmes;
    }

    @Override
    public List<NavigationEntry> entries() {
        List<NavigationEntry> out = new ArrayList<>();
        out.add(new NavigationEntry("Programmes", "Risk appetite (the board's)", "/risk-appetite", READERS, ORDER + 1));
        out.add(new NavigationEntry("Programmes", "Contracts of every programme", "/contracts", READERS, ORDER + 1));
        out.add(new NavigationEntry("Programmes", "Procurement Act notices due", "/contract-notices", READERS, ORDER + 1));
        for (Programme p : programmes.programmes()) {
            for (RegisterDescriptor r : p.registers()) {
                if (r.path() != null && r.path().startsWith("/commissioning/")) {
                    out.add(new NavigationEntry("Programmes", p.descriptor().name() + ": " + r.title().toLowerCase(java.util.Locale.UK), r.path(),
                            READERS, ORDER));
                }
            }
        }
        return out;
    }
}
