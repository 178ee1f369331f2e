package plv.platform.api;

/** Where a commissioning programme stands. */
public enum ProgrammeStatus {
    PLANNED, PROCURING, LIVE, CLOSED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
