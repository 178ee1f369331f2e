package plv.membership.api;

/**
 * How a correction changes one member's total.
 *
 * @param gssCode       the member
 * @param memberName    its name
 * @param previousPence its total in the statement corrected
 * @param newPence      its total in the correction
 */
public record StatementDifference(String gssCode, String memberName, long previousPence, long newPence) {

    /** The change: positive when the member owes more. */
    public long differencePence() {
        return newPence - previousPence;
    }
}
