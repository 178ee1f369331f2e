package plv.procurement.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A programme's framework, dynamic purchasing system or block contract.
 *
 * @param id          its id
 * @param programmeId the programme it buys for
 * @param reference   e.g. "RB-DPS-2026"
 * @param title       e.g. "Residential beds dynamic purchasing system"
 * @param model       framework, DPS or block contract
 * @param opensOn     the day it opens (call-offs from then)
 * @param closesOn    the day it closes, null when open-ended
 * @param criteria    the admission criteria of stage 1, in order
 * @param admissions  every application, oldest first
 * @param callOffs    every call-off, oldest first
 */
public record Arrangement(long id, String programmeId, String reference, String title, ProcurementModel model, LocalDate opensOn,
        LocalDate closesOn, List<String> criteria, List<Admission> admissions, List<CallOff> callOffs) {

    public Arrangement {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        admissions = admissions == null ? List.of() : List.copyOf(admissions);
        callOffs = callOffs == null ? List.of() : List.copyOf(callOffs);
    }

    /** The providers admitted on or before {@code day}. */
    public List<Admission> admittedOn(LocalDate day) {
        return admissions.stream().filter(a -> a.admittedOn(day)).toList();
    }
}
