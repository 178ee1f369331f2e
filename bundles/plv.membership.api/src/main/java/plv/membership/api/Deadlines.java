package plv.membership.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/**
 * Membership deadlines: break notice deadlines, break dates, term ends, renewals, representative changes, fee reviews.
 * The suite shows them with every other area's deadlines (page, dashboard panel, iCalendar feed) through a
 * {@link plv.platform.api.deadline.DeadlineSource}.
 */
@ProviderType
public interface Deadlines {

    /** Deadlines from {@code from} to {@code from + days} inclusive, sorted by date, filtered to what the actor sees. */
    List<Deadline> upcoming(Actor actor, LocalDate from, int days);
}
