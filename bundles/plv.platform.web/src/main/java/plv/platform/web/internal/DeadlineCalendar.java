package plv.platform.web.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import plv.platform.api.calendar.CalendarEvent;
import plv.platform.api.calendar.CalendarWriter;
import plv.platform.api.deadline.Deadline;

/**
 * Deadlines as iCalendar events: all day, with the source's stable UID, a link to the page where each is dealt with and
 * a display reminder 7 days before; written by the platform's {@link CalendarWriter}.
 */
final class DeadlineCalendar {

    static final Duration REMINDER = Duration.ofDays(7);

    private DeadlineCalendar() {
    }

    /**
     * @param stamp        when the feed was made (DTSTAMP)
     * @param calendarName the name calendar programs show
     * @param siteAddress  the product's address without a trailing slash, e.g. {@code https://plv.example}, for the
     *                     links to each deadline's page
     */
    static String write(CalendarWriter writer, List<Deadline> deadlines, Instant stamp, String calendarName, String siteAddress) {
        List<CalendarEvent> events = deadlines.stream().map(d -> CalendarEvent.allDay(d.uid(), d.date(), d.title(),
                d.kind() + " (" + d.area() + (d.councilGss() == null ? "" : ", " + d.councilGss()) + ") on " + d.date()
                        + ". Deal with it at " + siteAddress + d.path(),
                siteAddress + d.path(), List.of(d.area(), d.kind()), REMINDER)).toList();
        return writer.write("-//Pan-London Vehicle//PLV Governance Suite deadlines//EN", calendarName, events, stamp);
    }
}
