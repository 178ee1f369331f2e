package plv.board.api;

/** Kinds of meeting. */
public enum MeetingType {
    BOARD("Board meeting"), GENERAL("General meeting");

    private final String label;

    MeetingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
