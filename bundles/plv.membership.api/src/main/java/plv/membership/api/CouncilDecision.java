package plv.membership.api;

import java.time.LocalDate;

/**
 * The council decision that authorised something (joining, appointing a representative).
 *
 * @param reference     the council's reference, e.g. {@code CEF23007} or {@code KD 5483}
 * @param decisionMaker e.g. "Portfolio Holder", "Cabinet", "Director of Children's Services"
 * @param decidedOn     date of the decision
 */
public record CouncilDecision(String reference, String decisionMaker, LocalDate decidedOn) {
}
