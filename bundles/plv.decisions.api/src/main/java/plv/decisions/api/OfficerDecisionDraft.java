package plv.decisions.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The record of a decision an officer took under a delegation (Openness of Local Government Bodies Regulations 2014
 * reg 7).
 *
 * @param decisionDate          date of the decision
 * @param title                 short title
 * @param decision              the decision
 * @param reasons               the reasons
 * @param alternativesRejected  alternatives considered and rejected
 * @param officerName           the officer who decided
 * @param officerPost           the officer's post
 * @param consultations         consultations held (with whom, when, their view)
 * @param conflictsDeclared     conflicts of interest declared, or null
 * @param dispensations         dispensations granted, or null
 * @param documents             background documents (titles or links)
 * @param valuePence            the financial value decided in pence, or null
 * @param exempt                Part 2 (exempt) record
 * @param exemptParagraph       Schedule 12A paragraph when exempt
 * @param matter                the delegated matter it was taken under, as the delegation lists it
 * @param publishedOn           the day the record was made available for inspection and published (2014 Regulations
 *                              reg 8(1)), or null while not yet published
 */
public record OfficerDecisionDraft(LocalDate decisionDate, String title, String decision, String reasons,
        String alternativesRejected, String officerName, String officerPost, List<Consultation> consultations,
        String conflictsDeclared, String dispensations, List<String> documents, Long valuePence, boolean exempt,
        Integer exemptParagraph, String matter, LocalDate publishedOn) {

    public OfficerDecisionDraft {
        consultations = consultations == null ? List.of() : List.copyOf(consultations);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
