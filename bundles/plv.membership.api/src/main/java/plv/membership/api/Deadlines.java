package plv.membership.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/** Membership deadlines: break notice deadlines, break dates, term ends, renewals, representative changes, fee reviews. */
@ProviderType
public interface Deadlines {

    /** Deadlines from {@code from} to {@code from + days} inclusive, sorted by date, filtered to what the actor sees. */
    List<Deadline> upcoming(Actor actor, LocalDate from, int days);

    /** The same deadlines as an RFC 5545 iCalendar (all-day events with stable UIDs and a reminder). */
    String calendar(Actor actor, LocalDate from, int days);
}
