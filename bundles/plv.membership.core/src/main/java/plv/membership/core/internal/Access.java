package plv.membership.core.internal;

import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.RoleGroup;

/** Who may see and change what in the membership area. */
final class Access {

    private Access() {
    }

    /** Changes are for the company secretary. */
    static void requireSecretary(Actor actor, String what) {
        if (actor == null || !actor.is(Role.SECRETARY)) {
            throw new AccessDeniedException("Only the company secretary can " + what + ".");
        }
    }

    /** A monitoring officer sees only their own council; everyone else sees every member. */
    static boolean maySee(Actor actor, String gssCode) {
        return actor != null && (!actor.is(Role.MONITORING_OFFICER) || gssCode.equals(actor.councilGss()));
    }

    static void requireSee(Actor actor, String gssCode) {
        if (!maySee(actor, gssCode)) {
            throw new AccessDeniedException("You can only see your own council's membership records.");
        }
    }

    /** Contact details are not public: the secretary, directors and the council's own monitoring officer see them. */
    static boolean maySeeContacts(Actor actor, String gssCode) {
        return actor != null && (actor.in(RoleGroup.COMPANY_OFFICERS)
                || actor.is(Role.MONITORING_OFFICER) && gssCode.equals(actor.councilGss()));
    }
}
