package plv.decisions.api;

/** The monitoring officer's conclusion on an officer decision record. */
public enum ReviewOutcome {
    /** Within the delegation; the review is then locked. */
    CONFIRMED("Confirmed within delegation"),
    /** A question goes back to the secretary and the officer; the comments hold the question. */
    QUERY_RAISED("Query raised"),
    /** Outside the delegation; the comments hold the reasons. */
    OUTSIDE_DELEGATION("Outside delegation");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
