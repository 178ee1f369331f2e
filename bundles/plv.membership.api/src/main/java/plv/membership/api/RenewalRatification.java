package plv.membership.api;

import java.time.LocalDate;

/**
 * The council decision that ratified a member's renewal.
 *
 * @param ratifiedOn        the date of the decision
 * @param decisionMaker     who took it, e.g. "Cabinet" or "Portfolio Holder for Children"
 * @param decisionReference the council's reference, e.g. "CEF27012" (text: the council's own register holds the decision)
 * @param documentId        the uploaded decision notice, or null
 */
public record RenewalRatification(LocalDate ratifiedOn, String decisionMaker, String decisionReference,
        Long documentId) {
}
