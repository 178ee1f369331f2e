package plv.decisions.web.internal;

import plv.platform.api.RoleGroup;
import plv.platform.api.time.PlvClock;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.decisions.api.OfficerDecision;
import plv.decisions.api.OfficerDecisions;
import plv.decisions.api.ReviewStatus;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.web.DashboardPanel;
import plv.platform.api.web.PanelItem;
import plv.platform.api.web.Urgency;

/** Home dashboard: officer decisions awaiting review (monitoring officer) or queried and overdue (secretary). */
@Component(service = DashboardPanel.class)
public class ReviewPanel implements DashboardPanel {

    private final OfficerDecisions records;
    private final PlvClock clock;

    @Activate
    public ReviewPanel(@Reference OfficerDecisions records, @Reference PlvClock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Officer decisions to review";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean visibleTo(Actor actor) {
        return actor.in(RoleGroup.COUNCIL_RECORD_READERS);
    }

    @Override
    public List<PanelItem> items(Actor actor) {
        List<PanelItem> out = new ArrayList<>();
        for (OfficerDecision o : records.list(actor)) {
            boolean mine = actor.is(Role.MONITORING_OFFICER) ? o.reviewStatus() == ReviewStatus.AWAITING_REVIEW
                    : o.reviewStatus() == ReviewStatus.QUERIED || o.overdue();
            if (mine) {
                out.add(new PanelItem(o.councilGss() + ": " + o.record().title() + " (" + o.reviewStatus().label() + ")",
                        "/reviews/" + o.id(), o.reviewDue(), o.overdue() ? Urgency.OVERDUE : Urgency.ofDaysLeft(
                                java.time.temporal.ChronoUnit.DAYS.between(clock.today(), o.reviewDue()))));
            }
        }
        return out;
    }
}
