package plv.commissioning.web.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.commissioning.api.CommissioningPaths;
import plv.commissioning.api.RiskLog;
import plv.platform.api.Actor;
import plv.platform.api.Programme;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.RoleGroup;
import plv.platform.api.web.DashboardPanel;
import plv.platform.api.web.PanelItem;
import plv.platform.api.web.Urgency;

/** Dashboard: the risks of every installed programme scoring above their category's appetite, soonest review first. */
@Component
public class RisksAboveAppetitePanel implements DashboardPanel {

    private final ProgrammeRegistry programmes;
    private final RiskLog log;

    private final plv.commissioning.api.RiskAppetites appetites;
    private final plv.platform.api.time.PlvClock clock;

    @Activate
    public RisksAboveAppetitePanel(@Reference ProgrammeRegistry programmes, @Reference RiskLog log,
            @Reference plv.commissioning.api.RiskAppetites appetites, @Reference plv.platform.api.time.PlvClock clock) {
        this.programmes = programmes;
        this.log = log;
        this.appetites = appetites;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Programme risks above appetite";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public boolean visibleTo(Actor actor) {
        return actor.in(RoleGroup.REGISTER_READERS);
    }

    @Override
    public List<PanelItem> items(Actor actor) {
        LocalDate today = clock.today();
        java.util.Map<plv.commissioning.api.RiskCategory, Integer> appetite = new java.util.EnumMap<>(plv.commissioning.api.RiskCategory.class);
        appetites.inForce(actor, today).forEach(a -> appetite.put(a.category(), a.appetite()));
        return programmes.programmes().stream().map(Programme::descriptor)
                .flatMap(p -> log.list(actor, p.id()).stream().filter(r -> r.aboveAppetite())
                        .map(r -> new PanelItem(p.name() + ": " + r.reference() + " " + r.title() + " (score " + r.current().value() + ", "
                                + r.current().rating() + ", appetite " + appetite.get(r.category()) + ")",
                                CommissioningPaths.risks(p.id()) + "/" + r.id(), r.nextReviewOn(),
                                Urgency.ofDaysLeft(ChronoUnit.DAYS.between(today, r.nextReviewOn())))))
                .sorted(java.util.Comparator.comparing(PanelItem::date)).toList();
    }
}
