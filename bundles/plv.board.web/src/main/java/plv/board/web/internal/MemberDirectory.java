package plv.board.web.internal;

import java.time.LocalDate;
import java.util.List;

import plv.platform.api.Actor;

/** The members of the company on a day, when the members register is installed (an optional service inside this bundle). */
interface MemberDirectory {

    /**
     * One member on the register.
     *
     * @param gssCode        e.g. E09000003
     * @param name           e.g. Barnet
     * @param representative the corporate representative in office that day, or null
     */
    record RegisteredMember(String gssCode, String name, String representative) {
    }

    /** The members on the register on {@code day}, by GSS code. */
    List<RegisteredMember> membersOn(Actor actor, LocalDate day);
}
