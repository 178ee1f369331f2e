package plv.membership.api;

import java.time.LocalDate;

/**
 * A member's corporate representative (Companies Act 2006 s323), one dated row per appointment.
 *
 * @param id          the appointment's id
 * @param personName  the person appointed
 * @param appointedOn date of appointment
 * @param appointedBy the council decision that appointed them (reference text)
 * @param ceasedOn    date the appointment ended, or null while current
 */
public record CorporateRepresentative(long id, String personName, LocalDate appointedOn, String appointedBy,
        LocalDate ceasedOn) {

    public boolean currentOn(LocalDate day) {
        return !appointedOn.isAfter(day) && (ceasedOn == null || !ceasedOn.isBefore(day));
    }
}
