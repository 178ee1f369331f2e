package plv.procurement.api;

import java.time.LocalDate;

/**
 * A provider's application to an arrangement and its outcome (stage 1 of a DPS).
 *
 * @param id                 its id
 * @param providerName       e.g. "Oakfield Homes Ltd"
 * @param registrationNumber Companies House or charity number, may be empty
 * @param appliedOn          the day it applied
 * @param status             applied, admitted or refused
 * @param decidedOn          the day of the decision, null while applied
 * @param reason             for a refusal, the criteria not met; else empty
 */
public record Admission(long id, String providerName, String registrationNumber, LocalDate appliedOn, AdmissionStatus status,
        LocalDate decidedOn, String reason) {

    /** True when admitted on or before {@code day}. */
    public boolean admittedOn(LocalDate day) {
        return status == AdmissionStatus.ADMITTED && decidedOn != null && !decidedOn.isAfter(day);
    }
}
