package plv.membership.core.internal;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import plv.membership.api.MemberAgreements;
import plv.platform.api.Actor;

/**
 * Moves members whose break date has passed to CEASED: a minute after start, then every six hours. Contributions are
 * worked out from the register each time, so the remaining members' shares change from the day after the break.
 */
@Component(immediate = true)
public class BreakScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(BreakScheduler.class);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "plv-membership-breaks");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public BreakScheduler(@Reference MemberAgreements agreements, @Reference MembershipStore data) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                List<String> moved = agreements.applyBreaks(Actor.system(), data.today());
                if (!moved.isEmpty()) {
                    LOG.info("Breaks took effect; now ceased: {}", moved);
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not apply breaks: {}", e.getMessage());
            }
        }, 1, 360, TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }
}
