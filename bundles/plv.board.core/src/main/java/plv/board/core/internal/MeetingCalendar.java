package plv.board.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import plv.board.api.Meeting;
import plv.platform.api.calendar.CalendarEvent;
import plv.platform.api.calendar.CalendarWriter;

/**
 * Meetings as iCalendar events, written by the platform's {@link CalendarWriter}: London local times with the
 * Europe/London VTIMEZONE, stable UIDs, two hours each, public titles only (the caller passes the public view).
 */
final class MeetingCalendar {

    static final Duration LENGTH = Duration.ofHours(2);

    private MeetingCalendar() {
    }

    static String of(CalendarWriter writer, List<Meeting> meetings, Instant now) {
        List<CalendarEvent> events = meetings.stream().map(m -> CalendarEvent.at("plv-meeting-" + m.id() + "@plv.london", m.startsAt(),
                LENGTH, m.title(), m.place() != null ? m.place() : m.onlineLink())).toList();
        return writer.write("-//Pan-London Vehicle//PLV Governance Suite//EN", "PLV board and general meetings", events, now);
    }
}
