package plv.decisions.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A kept council decision.
 *
 * @param id          the record's id
 * @param version     optimistic-lock version, to send back with an update
 * @param councilName the council's name
 * @param details     what was decided; for a reader not entitled to exempt material, the exempt text is withheld
 * @param callInEnds  last day of the call-in period, counted from the decision's publication (the decision may be
 *                    implemented from the next day), or null when call-in does not apply or publication is not recorded
 * @param warnings    rules that were not respected
 * @param withheld    true when exempt text was withheld from this reader
 */
public record CouncilDecision(long id, long version, String councilName, CouncilDecisionDraft details, LocalDate callInEnds,
        List<DecisionWarning> warnings, boolean withheld) {

    public CouncilDecision {
        warnings = List.copyOf(warnings);
    }

    public String councilGss() {
        return details.councilGss();
    }
}
