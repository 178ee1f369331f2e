package plv.board.web.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.board.api.BoardDeadlines;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.web.DashboardPanel;
import plv.platform.api.web.PanelItem;
import plv.platform.api.web.Urgency;

/**
 * The board's deadlines on the dashboard for the secretary and directors: Companies House notifications due within
 * 14 days of an appointment or cessation (overdue ones first), meetings, actions, resolution lapse and filing dates.
 */
@Component(service = DashboardPanel.class)
public class BoardDashboardPanel implements DashboardPanel {
    private final BoardDeadlines deadlines;

    @Activate
    public BoardDashboardPanel(@Reference BoardDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public String title() {
        return "Board deadlines";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean visibleTo(Actor actor) {
        return actor.hasAnyRole(Role.SECRETARY, Role.DIRECTOR);
    }

    @Override
    public List<PanelItem> items(Actor actor) {
        LocalDate today = LocalDate.now();
        return deadlines.upcoming(actor, today, 60).stream()
                .map(d -> new PanelItem(d.title(), d.path(), d.due(), Urgency.ofDaysLeft(ChronoUnit.DAYS.between(today, d.due()))))
                .toList();
    }
}
