package plv.platform.api.deadline;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import plv.platform.api.Actor;

/**
 * Whiteboard service: an area's or programme's deadlines. The web shell tracks every registered source and merges
 * what they answer into the deadlines page ({@code /deadlines}), the dashboard panel "Deadlines in the next 90 days"
 * and the personal iCalendar feed.
 * <p>
 * Authorisation stays with the source: it answers only what {@code actor} may see (a monitoring officer, for
 * instance, only their own council's deadlines) and an empty list for a role that has no business with its area.
 */
@ConsumerType
public interface DeadlineSource {

    /**
     * The deadlines {@code actor} may see dated from {@code from} to {@code until} inclusive, in any order; and, whatever
     * their date, the outstanding ones that {@link Deadline#canBeOverdue() can be overdue} and were not done by
     * {@code from}. The shell drops whatever else a source answers, so a source may simply answer all it has.
     *
     * @param actor who is asking (never null)
     * @param from  the first day of the window
     * @param until the last day of the window (not before {@code from})
     */
    List<Deadline> deadlines(Actor actor, LocalDate from, LocalDate until);
}
