package plv.board.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/** The register of directors and the company secretary. Changes are the secretary's; everything is audited. */
@ProviderType
public interface DirectorsRegister {

    /** Everyone ever entered, in office first, then by name. */
    List<Director> directors(Actor actor);

    /** @throws plv.platform.api.NotFoundException when there is no such entry */
    Director director(Actor actor, long id);

    /**
     * The full date of birth and usual residential address (s165), for the company secretary only.
     *
     * @throws plv.platform.api.AccessDeniedException for anyone else
     */
    DirectorPrivateParticulars privateParticulars(Actor actor, long id);

    /** Records that the person's identity was verified with Companies House on {@code verifiedOn}. */
    Director recordIdentityVerification(Actor actor, long id, LocalDate verifiedOn, long version);

    /** Enters a new appointment. */
    Director appoint(Actor actor, DirectorDetails details);

    /** Changes the office held from {@code from} (e.g. a director becomes chair); the change stays in the history. */
    Director changeRole(Actor actor, long id, DirectorRole role, LocalDate from, long version);

    /** Ends an appointment on {@code ceasedOn}. */
    Director cease(Actor actor, long id, LocalDate ceasedOn, String reason, long version);

    /** Records that Companies House was told of the appointment (or, when {@code cessation}, of the cessation). */
    Director markNotified(Actor actor, long id, boolean cessation, LocalDate notifiedOn, long version);

    /** Appointments and cessations not yet marked as notified to Companies House, with their 14-day deadline. */
    List<BoardDeadline> companiesHouseReminders(Actor actor);
}
