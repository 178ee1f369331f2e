package plv.decisions.core.internal;

import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.RoleGroup;

/**
 * Who may see and do what with a council's decision records. A monitoring officer is bound to one council: they see
 * only its records and review only its officer decisions. Exempt (Part 2) text is for the secretary, directors and
 * the council's own monitoring officer.
 */
final class Access {

    private Access() {
    }

    static boolean mayRead(Actor actor, String councilGss) {
        return !actor.is(Role.MONITORING_OFFICER) || ownCouncil(actor, councilGss);
    }

    static void requireRead(Actor actor, String councilGss, String what) {
        if (!mayRead(actor, councilGss)) {
            // the refusal names the reader's own council, never the record's: that would tell whose the record is
            throw new AccessDeniedException(what + " belongs to another council; as monitoring officer of "
                    + actor.councilGss() + " you see only that council's records.");
        }
    }

    static boolean mayReadExempt(Actor actor, String councilGss) {
        return actor.mayReadCompanyExempt() || actor.is(Role.MONITORING_OFFICER) && ownCouncil(actor, councilGss);
    }

    /**
     * Recording and changing council decisions, delegations and officer decision records: the company secretary only.
     * A monitoring officer reviews these records, so does not make them.
     */
    static void requireRecord(Actor actor, String councilGss) {
        if (actor.is(Role.SECRETARY)) {
            return;
        }
        throw new AccessDeniedException(actor.is(Role.MONITORING_OFFICER)
                ? "Only the company secretary records and changes council decisions, delegations and officer decision"
                        + " records; as monitoring officer you review them."
                : "Only the company secretary records and changes council decisions, delegations and officer decision records.");
    }

    /** Reviewing: only the monitoring officer of the record's council. */
    static void requireReview(Actor actor, String councilGss) {
        if (!actor.is(Role.MONITORING_OFFICER)) {
            throw new AccessDeniedException("Only a council's monitoring officer may review its officer decisions.");
        }
        if (!ownCouncil(actor, councilGss)) {
            throw new AccessDeniedException("This officer decision belongs to another council; you may review only your own"
                    + " council's (" + actor.councilGss() + ") records.");
        }
    }

    static void requireOverview(Actor actor) {
        if (!actor.in(RoleGroup.COMPANY_OFFICERS)) {
            throw new AccessDeniedException("The councils' overview is for the company secretary and directors.");
        }
    }

    private static boolean ownCouncil(Actor actor, String councilGss) {
        return actor.councilGss() != null && actor.councilGss().equalsIgnoreCase(councilGss);
    }
}
