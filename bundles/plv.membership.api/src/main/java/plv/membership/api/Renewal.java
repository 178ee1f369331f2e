package plv.membership.api;

import java.time.LocalDate;

/**
 * The renewal that would follow a member's current term. A renewal exists only once its ratification is recorded;
 * without it membership ends on {@code ratifyBy}, the last day of the current term.
 *
 * @param status            ratified or not
 * @param termNumber        the renewal term it concerns (1 for the first renewal), or 0 when the agreement has none
 * @param startsOn          the first day of that renewal term, or null when the agreement has no renewal terms
 * @param ratifyBy          the last day of the current term: the renewal must be ratified by then, or null
 * @param ratifiedOn        the date the council ratified it, or null
 * @param decisionMaker     who ratified it (e.g. "Cabinet"), or null
 * @param decisionReference the council's reference for the ratifying decision (e.g. "CEF27012"), or null
 */
public record Renewal(RenewalStatus status, int termNumber, LocalDate startsOn, LocalDate ratifyBy,
        LocalDate ratifiedOn, String decisionMaker, String decisionReference) {
}
