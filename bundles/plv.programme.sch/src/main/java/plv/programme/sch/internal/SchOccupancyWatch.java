package plv.programme.sch.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import plv.commissioning.api.RiskLog;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;

/**
 * Applies the {@link LowOccupancy} rule shortly after start (and after a change of the programme's settings, which
 * restarts it) and every six hours: while occupancy is low, the low-occupancy risk (setting {@code lowOccupancyRisk})
 * is flagged for review in the risk log. The reason names the day the low run began, so the flag is written once per
 * run however often the rule is applied. The deadline itself is answered by {@link SchDeadlines} from the same rule.
 */
@Component(immediate = true)
public class SchOccupancyWatch {

    private static final System.Logger LOG = System.getLogger(SchOccupancyWatch.class.getName());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "plv-sch-occupancy");
        t.setDaemon(true);
        return t;
    });
    private final SchHome home;
    private final RiskLog risks;

    @Activate
    public SchOccupancyWatch(@Reference SchHome home, @Reference RiskLog risks) {
        this.home = home;
        this.risks = risks;
        timer.scheduleWithFixedDelay(this::check, 5, 6 * 3600, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    /** Flags the risk when occupancy is low now; answers what the rule found. */
    LowOccupancy.Finding check() {
        try {
            LowOccupancy.Finding f = finding(home);
            if (f.low()) {
                String ref = home.settings().lowOccupancyRisk();
                try {
                    risks.flagForReview(Actor.system(), SecureChildrensHome.ID, ref, reason(home, f));
                } catch (NotFoundException e) {
                    LOG.log(System.Logger.Level.WARNING, "Occupancy is low but " + e.getMessage());
                }
            }
            return f;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not check occupancy: " + e.getMessage(), e);
            return null;
        }
    }

    /** The rule applied to today with the programme's settings. */
    static LowOccupancy.Finding finding(SchHome home) {
        SchSettings s = home.settings();
        int days = s.lowOccupancyWeeks() * 7;
        Occupancy o = home.occupancy(home.today().minusDays(LowOccupancy.LOOK_BACK_DAYS + days), home.today());
        return LowOccupancy.check(o, SchHome.PLACES, home.opening(), home.today(), s.lowOccupancyWeeks(), s.lowOccupancyPercent());
    }

    /** Stable for a run of low days: it names the run's first day, not today's figure. */
    static String reason(SchHome home, LowOccupancy.Finding f) {
        SchSettings s = home.settings();
        return "Occupancy over " + s.lowOccupancyWeeks() + " weeks below the " + s.lowOccupancyPercent() + "% threshold since " + f.since();
    }
}
