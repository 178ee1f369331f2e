package plv.board.api;

/** Where a meeting stands, in order. */
public enum MeetingStatus {
    PLANNED, AGENDA_PUBLISHED, HELD, MINUTES_DRAFTED, MINUTES_APPROVED;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
