package plv.board.api;

import java.time.LocalDate;

/**
 * What the secretary enters to appoint a director or the company secretary (Companies Act 2006 s163, s165, s277).
 *
 * @param name               full name (required)
 * @param formerNames        former names used for business in the last 20 years, or null (s163(1)(a), s163(2)(b))
 * @param serviceAddress     address for service (required; public)
 * @param residentialAddress usual residential address (required; kept in the separate s165 register, secretary only)
 * @param countryOfResidence country of usual residence (required)
 * @param nationality        nationality (required)
 * @param occupation         business occupation (required)
 * @param dateOfBirth        full date of birth (required; stored; shown to others only as month and year)
 * @param nominatedBy        GSS code of the nominating member council (E09000001–E09000033), or null
 * @param role               office (required)
 * @param appointedOn        date of appointment (required)
 */
public record DirectorDetails(String name, String formerNames, String serviceAddress, String residentialAddress,
        String countryOfResidence, String nationality, String occupation, LocalDate dateOfBirth, String nominatedBy,
        DirectorRole role, LocalDate appointedOn) {
}
