package plv.board.api;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A board or general meeting with its business.
 *
 * @param id         meeting id
 * @param type       board or general
 * @param title      e.g. "Board meeting"
 * @param startsAt   date and time (London time)
 * @param place      venue, or null
 * @param onlineLink link for an online meeting, or null
 * @param status     planned ... minutes approved
 * @param items      agenda in order
 * @param attendance who attended and how (for public readers without Part-2-only attendees)
 * @param actionLog  open actions carried forward from earlier meetings, then this meeting's actions
 * @param minutes    versions of the minutes, oldest first
 * @param version    optimistic-lock version
 * @param quorum     the quorum that applied, e.g. "2 of the 5 directors in office", or null when not worked out
 * @param papersDueBy the last day to send the agenda and papers ({@code dispatch.clearDays} clear days before the
 *                   meeting), or null when not worked out
 * @param papersSentOn the day the agenda and papers were sent, or null when not yet recorded
 */
public record Meeting(long id, MeetingType type, String title, LocalDateTime startsAt, String place, String onlineLink,
        MeetingStatus status, List<AgendaItem> items, List<Attendance> attendance, List<Action> actionLog,
        List<MinutesVersion> minutes, long version, String quorum, java.time.LocalDate papersDueBy,
        java.time.LocalDate papersSentOn) {

    /** A meeting without dispatch dates. */
    public Meeting(long id, MeetingType type, String title, LocalDateTime startsAt, String place, String onlineLink,
            MeetingStatus status, List<AgendaItem> items, List<Attendance> attendance, List<Action> actionLog,
            List<MinutesVersion> minutes, long version, String quorum) {
        this(id, type, title, startsAt, place, onlineLink, status, items, attendance, actionLog, minutes, version, quorum,
                null, null);
    }

    /** A meeting whose quorum is not stated. */
    public Meeting(long id, MeetingType type, String title, LocalDateTime startsAt, String place, String onlineLink,
            MeetingStatus status, List<AgendaItem> items, List<Attendance> attendance, List<Action> actionLog,
            List<MinutesVersion> minutes, long version) {
        this(id, type, title, startsAt, place, onlineLink, status, items, attendance, actionLog, minutes, version, null);
    }

    public Meeting {
        items = items == null ? List.of() : List.copyOf(items);
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
        actionLog = actionLog == null ? List.of() : List.copyOf(actionLog);
        minutes = minutes == null ? List.of() : List.copyOf(minutes);
    }

    /** True once minutes were approved (then they are locked). */
    public boolean minutesApproved() {
        return minutes.stream().anyMatch(MinutesVersion::approved);
    }
}
