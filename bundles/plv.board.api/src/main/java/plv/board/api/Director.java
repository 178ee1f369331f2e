package plv.board.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * An entry of the register of directors (Companies Act 2006 s162–163), with its history.
 *
 * @param id                     register id
 * @param name                   full name
 * @param serviceAddress         address for service (public)
 * @param countryOfResidence     country or state of usual residence
 * @param nationality            nationality
 * @param occupation             business occupation
 * @param bornIn                 month and year of birth (the only part of the date of birth shown)
 * @param nominatedBy            GSS code of the member council that nominated the director, or null
 * @param role                   office held
 * @param appointedOn            date of appointment
 * @param ceasedOn               date the appointment ended, or null while in office
 * @param appointmentNotifiedOn  date the appointment was notified to Companies House, or null
 * @param cessationNotifiedOn    date the cessation was notified to Companies House, or null
 * @param history                what happened to the entry, oldest first
 * @param version                optimistic-lock version; send it back with a change
 * @param formerNames            former names, or null
 * @param identityVerifiedOn     the date the person's identity was verified with Companies House, or null while not verified
 */
public record Director(long id, String name, String serviceAddress, String countryOfResidence, String nationality,
        String occupation, YearMonth bornIn, String nominatedBy, DirectorRole role, LocalDate appointedOn,
        LocalDate ceasedOn, LocalDate appointmentNotifiedOn, LocalDate cessationNotifiedOn, List<DirectorEvent> history,
        long version, String formerNames, LocalDate identityVerifiedOn) {

    /** An entry without former names or identity verification. */
    public Director(long id, String name, String serviceAddress, String countryOfResidence, String nationality,
            String occupation, YearMonth bornIn, String nominatedBy, DirectorRole role, LocalDate appointedOn,
            LocalDate ceasedOn, LocalDate appointmentNotifiedOn, LocalDate cessationNotifiedOn, List<DirectorEvent> history,
            long version) {
        this(id, name, serviceAddress, countryOfResidence, nationality, occupation, bornIn, nominatedBy, role, appointedOn,
                ceasedOn, appointmentNotifiedOn, cessationNotifiedOn, history, version, null, null);
    }

    /** "verified on 2026-01-05" or "not verified". */
    public String identityVerification() {
        return identityVerifiedOn == null ? "not verified" : "verified on " + identityVerifiedOn;
    }

    /** Companies House must hear of an appointment or cessation within this many days (s167). */
    public static final int NOTIFY_WITHIN_DAYS = 14;

    public Director {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** True when the person holds office on {@code day}. */
    public boolean inOfficeOn(LocalDate day) {
        return !appointedOn.isAfter(day) && (ceasedOn == null || ceasedOn.isAfter(day));
    }

    /** True for board members (everyone but the company secretary). */
    public boolean isBoardMember() {
        return role != DirectorRole.COMPANY_SECRETARY;
    }

    /**
     * One change to a director's entry.
     *
     * @param on     the date it took effect
     * @param what   e.g. "Appointed as Director", "Role changed to Chair", "Ceased", "Appointment notified to Companies House"
     * @param detail reason or note, or null
     */
    public record DirectorEvent(LocalDate on, String what, String detail) {
    }
}
