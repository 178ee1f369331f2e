package plv.board.api;

import java.time.LocalDateTime;

/**
 * What the secretary enters to plan a meeting.
 *
 * @param type       board or general (required)
 * @param title      title, or null for the type's name
 * @param startsAt   date and time (required)
 * @param place      venue; a place or an online link is required
 * @param onlineLink link for an online meeting
 */
public record MeetingPlan(MeetingType type, String title, LocalDateTime startsAt, String place, String onlineLink) {
}
