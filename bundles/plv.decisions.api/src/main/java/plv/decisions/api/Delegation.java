package plv.decisions.api;

/**
 * A kept delegation.
 *
 * @param id                the delegation's id
 * @param version           optimistic-lock version
 * @param councilDecisionId the decision that made it
 * @param councilGss        the council
 * @param terms             to whom, with whom, scope, limit, conditions, expiry
 */
public record Delegation(long id, long version, long councilDecisionId, String councilGss, DelegationDraft terms) {
}
