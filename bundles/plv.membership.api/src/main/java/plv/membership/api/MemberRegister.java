package plv.membership.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/**
 * The register of members: every London authority, its status history, its joining decision and its corporate
 * representatives. Every change is audited; nothing is overwritten (status changes and appointments are dated rows).
 */
@ProviderType
public interface MemberRegister {

    /** All 33 authorities, by GSS code. A monitoring officer sees only their own council. */
    List<Member> members(Actor actor);

    Optional<Member> member(Actor actor, String gssCode);

    /** Records a new status from {@code effectiveOn}; the previous ones stay in the history. */
    Member changeStatus(Actor actor, String gssCode, MembershipStatus status, LocalDate effectiveOn, String reason);

    /** Records the council decision that authorised joining. */
    Member recordJoiningDecision(Actor actor, String gssCode, CouncilDecision decision);

    /** Appoints a corporate representative from {@code appointedOn}; the one in office is ceased the day before. */
    Member appointRepresentative(Actor actor, String gssCode, String personName, LocalDate appointedOn,
            String appointedBy);

    /**
     * Ends the appointment of the corporate representative in office: their row gets {@code ceasedOn} (the last day
     * in office) and stays in the history. Refused when nobody is in office or the date is before their appointment.
     */
    Member ceaseRepresentative(Actor actor, String gssCode, LocalDate ceasedOn, String reason);

    /** Corrects the name, address or contact of an authority (the audit trail keeps the old values). */
    Member updateDetails(Actor actor, String gssCode, String name, String address, String contactEmail);
}
