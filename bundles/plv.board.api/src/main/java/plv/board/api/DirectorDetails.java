package plv.board.api;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What the secretary enters to appoint a director.
 *
 * @param name               full name (required)
 * @param serviceAddress     address for service (required)
 * @param countryOfResidence country of usual residence (required)
 * @param nationality        nationality (required)
 * @param occupation         business occupation (required)
 * @param bornIn             month and year of birth (required)
 * @param nominatedBy        GSS code of the nominating member council (E09000001–E09000033), or null
 * @param role               office (required)
 * @param appointedOn        date of appointment (required)
 */
public record DirectorDetails(String name, String serviceAddress, String countryOfResidence, String nationality,
        String occupation, YearMonth bornIn, String nominatedBy, DirectorRole role, LocalDate appointedOn) {
}
