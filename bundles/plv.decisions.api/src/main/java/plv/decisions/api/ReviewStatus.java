package plv.decisions.api;

/** Where an officer decision record stands in the monitoring officer's review. */
public enum ReviewStatus {
    AWAITING_REVIEW("Awaiting review"),
    QUERIED("Query raised"),
    CONFIRMED("Confirmed within delegation"),
    OUTSIDE_DELEGATION("Outside delegation");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
