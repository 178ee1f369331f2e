package plv.decisions.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A kept officer decision record.
 *
 * @param id             its id
 * @param version        optimistic-lock version
 * @param delegationId   the delegation it was taken under
 * @param councilGss     the council
 * @param record         the reg 7 record; exempt text withheld from readers not entitled to it
 * @param reviewStatus   where the monitoring officer's review stands
 * @param reviewDue      by when the monitoring officer should have reviewed it
 * @param overdue        true when not confirmed and past {@code reviewDue}
 * @param openQuery      the monitoring officer's open question, or null
 * @param queryAnswer    the answer given to the last question, or null
 * @param withheld       true when exempt text was withheld from this reader
 * @param warnings       rules not respected, e.g. publication later than the suite's prompt
 */
public record OfficerDecision(long id, long version, long delegationId, String councilGss, OfficerDecisionDraft record,
        ReviewStatus reviewStatus, LocalDate reviewDue, boolean overdue, String openQuery, String queryAnswer,
        boolean withheld, List<DecisionWarning> warnings) {

    public OfficerDecision {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
