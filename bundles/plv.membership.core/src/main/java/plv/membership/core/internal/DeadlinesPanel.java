package plv.membership.core.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.membership.api.Deadlines;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.web.DashboardPanel;
import plv.platform.api.web.PanelItem;
import plv.platform.api.web.Urgency;

/** Dashboard panel: membership deadlines in the next 90 days, coloured by urgency. */
@Component(service = DashboardPanel.class)
public class DeadlinesPanel implements DashboardPanel {

    static final int DAYS = 90;
    private final Deadlines deadlines;
    private final MembershipStore data;

    @Activate
    public DeadlinesPanel(@Reference Deadlines deadlines, @Reference MembershipStore data) {
        this.deadlines = deadlines;
        this.data = data;
    }

    @Override
    public String title() {
        return "Deadlines in the next 90 days";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean visibleTo(Actor actor) {
        return actor != null && actor.hasAnyRole(Role.SECRETARY, Role.DIRECTOR, Role.MONITORING_OFFICER);
    }

    @Override
    public List<PanelItem> items(Actor actor) {
        LocalDate today = data.today();
        return deadlines.upcoming(actor, today, DAYS).stream()
                .map(d -> new PanelItem(d.kind().label() + " – " + d.title(), "/members/deadlines", d.date(),
                        Urgency.ofDaysLeft(ChronoUnit.DAYS.between(today, d.date()))))
                .toList();
    }
}
