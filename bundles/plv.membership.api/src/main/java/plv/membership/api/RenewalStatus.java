package plv.membership.api;

/** Whether the renewal that follows a member's current term has been ratified (seed 000: renewal is "subject to ratification"). */
public enum RenewalStatus {
    /** No ratification recorded: membership ends at the end of the current term. */
    NOT_RATIFIED,
    /** Ratified by the council: the renewal term follows the current term. */
    RATIFIED
}
