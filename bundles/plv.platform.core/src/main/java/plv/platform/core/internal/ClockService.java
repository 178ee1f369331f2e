package plv.platform.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.framework.BundleContext;

import plv.platform.api.time.PlvClock;

/**
 * The suite's one clock, in Europe/London. Normally the system clock; the configuration {@code plv.clock} (or the
 * framework property {@code plv.clock.today}) moves "today" to a given date, for tests and demonstrations, keeping the
 * time of day running.
 */
@Component(service = PlvClock.class, configurationPid = ClockService.PID)
@Designate(ocd = ClockService.Settings.class)
public class ClockService implements PlvClock {

    static final String PID = "plv.clock";

    @ObjectClassDefinition(name = "PLV clock", description = "Today's date for tests and demonstrations")
    public @interface Settings {
        @AttributeDefinition(description = "Empty: the real date. An ISO date (2028-04-01): the suite runs as if today were that date.")
        String today() default "";
    }

    private final Clock clock;

    @Activate
    public ClockService(BundleContext context, Settings settings) {
        String today = settings.today();
        if (today == null || today.isBlank()) {
            today = context.getProperty("plv.clock.today");
        }
        this.clock = clockFor(today, Clock.system(LONDON));
    }

    static Clock clockFor(String today, Clock system) {
        if (today == null || today.isBlank()) {
            return system;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(today.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("plv.clock today '" + today + "' is not a date like 2028-04-01", e);
        }
        LocalDate real = LocalDate.now(system.withZone(LONDON));
        Duration shift = Duration.between(real.atStartOfDay(LONDON), day.atStartOfDay(LONDON));
        return Clock.offset(system, shift).withZone(LONDON);
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
