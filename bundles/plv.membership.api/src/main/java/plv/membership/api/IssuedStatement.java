package plv.membership.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A financial year's contributions as issued: the statement (lines, working, totals) stored frozen with the SHA-256 of
 * its text. Later changes to the rules or the index data never alter it; a correction is a further statement that
 * names the one it corrects and shows the difference for each member.
 *
 * @param id            its number
 * @param financialYear the year it covers (2028 = 2028-29)
 * @param issuedOn      the day it was issued
 * @param issuedBy      username of the secretary who issued it
 * @param issuedAt      when
 * @param correctsId    the statement it corrects, or null for the first
 * @param reason        why it was issued or corrected
 * @param sha256        hex SHA-256 of its stored text (checked on every read)
 * @param schedule      the contributions as issued
 * @param differences   for a correction, each member whose total changed; empty otherwise
 */
public record IssuedStatement(long id, int financialYear, LocalDate issuedOn, String issuedBy, Instant issuedAt,
        Long correctsId, String reason, String sha256, ContributionSchedule schedule,
        List<StatementDifference> differences) {

    public IssuedStatement {
        differences = differences == null ? List.of() : List.copyOf(differences);
    }
}
