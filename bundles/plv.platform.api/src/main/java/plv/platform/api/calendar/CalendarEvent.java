package plv.platform.api.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One event of a feed: either all day ({@code day}) or at a London local time ({@code start}) for {@code duration}.
 *
 * @param uid            stable across feeds, so calendar programs update rather than duplicate it
 * @param day            the day of an all-day event, or null
 * @param start          the London local start of a timed event, or null
 * @param duration       how long a timed event lasts (null for an all-day one)
 * @param description    optional
 * @param url            optional: where it is dealt with
 * @param location       optional
 * @param categories     possibly empty
 * @param reminderBefore optional: a display reminder this long before the start
 * @param free           true when the event does not make its attendees busy (TRANSP:TRANSPARENT)
 */
public record CalendarEvent(String uid, String summary, LocalDate day, LocalDateTime start, Duration duration, String description,
        String url, String location, List<String> categories, Duration reminderBefore, boolean free) {

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(summary, "summary");
        if ((day == null) == (start == null)) {
            throw new IllegalArgumentException("an event is either all day (day) or timed (start), not both or neither");
        }
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** An all-day event that leaves its attendees free. */
    public static CalendarEvent allDay(String uid, LocalDate day, String summary, String description, String url, List<String> categories,
            Duration reminderBefore) {
        return new CalendarEvent(uid, summary, day, null, null, description, url, null, categories, reminderBefore, true);
    }

    /** A timed event in London local time. */
    public static CalendarEvent at(String uid, LocalDateTime start, Duration duration, String summary, String location) {
        return new CalendarEvent(uid, summary, null, start, duration, null, null, location, List.of(), null, false);
    }
}
