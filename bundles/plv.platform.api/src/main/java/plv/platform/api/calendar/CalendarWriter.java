package plv.platform.api.calendar;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Writes iCalendar feeds; the platform provides it as a service. */
@ProviderType
public interface CalendarWriter {

    /**
     * The feed as RFC 5545 text (CRLF line ends, lines folded at 75 octets), the same for the same arguments.
     *
     * @param productId    PRODID, e.g. {@code -//Pan-London Vehicle//PLV Governance Suite deadlines//EN}
     * @param calendarName the name calendar programs show (X-WR-CALNAME)
     * @param stamp        when the feed was made (each event's DTSTAMP)
     */
    String write(String productId, String calendarName, List<CalendarEvent> events, Instant stamp);
}
