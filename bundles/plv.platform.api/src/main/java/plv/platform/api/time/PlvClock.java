package plv.platform.api.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The suite's one clock. Every rule that asks "what is today?" asks this service (or a {@link Clock} taken from it),
 * never {@code LocalDate.now()}: "today" is the date in London whatever zone the JVM runs in, and a test can set it.
 * The platform registers one (PID {@code plv.clock}); {@link #of(Clock)} wraps a fixed clock for unit tests.
 */
public interface PlvClock {

    /** The zone of every date the suite shows or counts: Europe/London. */
    ZoneId LONDON = ZoneId.of("Europe/London");

    /** The clock, in the London zone. */
    Clock clock();

    /** The current instant. */
    default Instant now() {
        return clock().instant();
    }

    /** Today's date in London. */
    default LocalDate today() {
        return LocalDate.now(clock().withZone(LONDON));
    }

    /** The current date and time in London. */
    default ZonedDateTime londonNow() {
        return ZonedDateTime.now(clock().withZone(LONDON));
    }

    /** A clock over the given one, in London (tests: {@code PlvClock.of(Clock.fixed(...))}). */
    static PlvClock of(Clock clock) {
        Clock london = clock.withZone(LONDON);
        return () -> london;
    }

    /** The system clock in London. */
    static PlvClock system() {
        return of(Clock.system(LONDON));
    }

    /** A clock whose today is {@code day} (at noon, London), for tests and worked examples. */
    static PlvClock fixedOn(LocalDate day) {
        return of(Clock.fixed(day.atTime(12, 0).atZone(LONDON).toInstant(), LONDON));
    }
}
