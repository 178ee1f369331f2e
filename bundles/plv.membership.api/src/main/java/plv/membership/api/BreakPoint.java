package plv.membership.api;

import java.time.LocalDate;

/**
 * A break point of a term.
 *
 * @param breakDate      the last day of membership if notice is served (end of the break year)
 * @param lastNoticeDate the last day on which break notice can be served for it
 */
public record BreakPoint(LocalDate breakDate, LocalDate lastNoticeDate) {
}
