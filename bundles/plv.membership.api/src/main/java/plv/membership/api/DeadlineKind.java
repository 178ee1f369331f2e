package plv.membership.api;

/** Kinds of membership deadline. */
public enum DeadlineKind {
    BREAK_NOTICE_DEADLINE("Last day to serve break notice"),
    BREAK_DATE("Break date"),
    TERM_END("Term ends"),
    RENEWAL("Renewal term starts"),
    RENEWAL_RATIFICATION("Renewal to be ratified"),
    REPRESENTATIVE_CHANGE("Corporate representative changes"),
    FEE_REVIEW("Fee review (indexation)");

    private final String label;

    DeadlineKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
