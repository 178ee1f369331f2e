package plv.membership.api;

import java.time.LocalDate;

/**
 * A dated membership deadline.
 *
 * @param date       the day
 * @param kind       what it is
 * @param gssCode    the member it concerns, or null for all members (fee review)
 * @param memberName the member's name, or null
 * @param title      a one-line description
 * @param uid        a stable identifier (the same deadline always has the same uid), used by the iCalendar feed
 */
public record Deadline(LocalDate date, DeadlineKind kind, String gssCode, String memberName, String title,
        String uid) {
}
