package plv.board.web.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import plv.platform.api.Role;
import plv.platform.api.web.NavigationEntry;
import plv.platform.api.web.NavigationProvider;

/** The board's links under "Company". */
@Component(service = NavigationProvider.class)
public class BoardNavigation implements NavigationProvider {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(new NavigationEntry("Company", "Board", "/board", Set.of(), 60),
                new NavigationEntry("Company", "Directors", "/board/directors", Set.of(), 61),
                new NavigationEntry("Company", "Meetings", "/board/meetings", Set.of(), 62),
                new NavigationEntry("Company", "Written resolutions", "/board/written-resolutions", Set.of(), 63),
                new NavigationEntry("Company", "Published minutes", "/public/minutes", Set.of(), 64),
                new NavigationEntry("Company", "People with significant control", "/board/psc", Set.of(), 65),
                new NavigationEntry("Company", "Filings", "/board/filings", Set.of(), 66),
                new NavigationEntry("Company", "Records retention", "/records", Set.of(plv.platform.api.Role.SECRETARY), 67));
    }
}
