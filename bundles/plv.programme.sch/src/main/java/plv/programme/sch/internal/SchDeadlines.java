package plv.programme.sch.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.Actor;
import plv.platform.api.RoleGroup;
import plv.platform.api.deadline.Deadline;
import plv.platform.api.deadline.DeadlineSource;
import plv.platform.spi.persistence.ReadCache;

/**
 * The home's deadlines on the suite's deadlines page, dashboard and calendar feed: each inspection action not yet done
 * (overdue once its date has passed) and, while occupancy is low, "review the low-occupancy risk" dated the day the low
 * run began. For commissioning officers, the secretary and directors (the risk log's readers); nobody else.
 */
@Component(service = DeadlineSource.class)
public class SchDeadlines implements DeadlineSource {

    static final String AREA = "Secure Children's Home";
    private final SchHome home;
    private final SchInspections inspections;
    /** The dashboard asks on every visit; the answer is the same for every reader on a day until the store changes. */
    private final ReadCache cache;

    @Activate
    public SchDeadlines(@Reference SchHome home, @Reference SchInspections inspections) {
        this.home = home;
        this.inspections = inspections;
        this.cache = new ReadCache(home.store());
    }

    private record Asked(LocalDate today) {
    }

    @Override
    public List<Deadline> deadlines(Actor actor, LocalDate from, LocalDate until) {
        if (!actor.in(RoleGroup.REGISTER_READERS)) {
            return List.of();
        }
        // every open action and the low-occupancy deadline whatever the window: the shell keeps what falls in it
        return cache.get(new Asked(home.today()), () -> List.copyOf(all(actor)));
    }

    private List<Deadline> all(Actor actor) {
        List<Deadline> out = new ArrayList<>();
        inspections.openActions(actor).forEach(e -> out.add(new Deadline(e.getValue().dueOn(), AREA, "Inspection action",
                e.getValue().description() + " (owner: " + e.getValue().owner() + "; inspection of " + e.getKey().inspectedOn() + ")",
                SchPagesRoutes.PATH + "/inspections#inspection-" + e.getKey().id(),
                "sch-inspection-action-" + e.getValue().id() + "@sch.plv.london", null, true)));
        LowOccupancy.Finding f = SchOccupancyWatch.finding(home);
        if (f.low()) {
            out.add(new Deadline(f.since(), AREA, "Low occupancy", String.format(Locale.UK,
                    "Occupancy %.1f%% over the %d weeks to %s, below the %d%% threshold: review the low-occupancy risk %s", f.percent(),
                    home.settings().lowOccupancyWeeks(), f.to(), home.settings().lowOccupancyPercent(), home.settings().lowOccupancyRisk()),
                    SchPagesRoutes.PATH + "/occupancy", "sch-low-occupancy-" + f.since() + "@sch.plv.london", null, true));
        }
        return out;
    }
}
