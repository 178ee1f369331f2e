package plv.membership.api;

/** Where a London authority stands with the PLV. Changes are kept as dated {@link StatusChange}s. */
public enum MembershipStatus {
    NOT_ENGAGED("Not engaged"),
    AGREED_IN_PRINCIPLE("Agreed in principle"),
    COMMITTED("Committed"),
    MEMBER("Member"),
    NOTICE_GIVEN("Notice given"),
    CEASED("Ceased");

    private final String label;

    MembershipStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for statuses in which the authority is on the register of members (pays, votes). */
    public boolean onRegister() {
        return this == MEMBER || this == NOTICE_GIVEN;
    }
}
