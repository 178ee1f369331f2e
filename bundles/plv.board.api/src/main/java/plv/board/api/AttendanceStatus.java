package plv.board.api;

/** How a person stood towards a meeting. */
public enum AttendanceStatus {
    PRESENT("present"), APOLOGIES("apologies"), ABSENT("absent"), IN_ATTENDANCE("in attendance");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
