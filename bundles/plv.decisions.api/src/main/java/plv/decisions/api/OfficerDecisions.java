package plv.decisions.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/** Officer decision records under delegations. Same visibility as {@link CouncilDecisions}. */
@ProviderType
public interface OfficerDecisions {

    List<OfficerDecision> list(Actor actor);

    List<OfficerDecision> underDelegation(Actor actor, long delegationId);

    OfficerDecision get(Actor actor, long id);

    /** Records an officer decision (the company secretary only); it then awaits the monitoring officer's review. */
    OfficerDecision record(Actor actor, long delegationId, OfficerDecisionDraft draft);

    /**
     * Changes an officer decision record (the company secretary only), audited field by field. A record confirmed
     * within delegation is locked with its review and cannot be changed.
     *
     * @throws plv.platform.api.ConcurrentChangeException when {@code expectedVersion} is stale
     */
    OfficerDecision update(Actor actor, long id, long expectedVersion, OfficerDecisionDraft draft);

    /**
     * Answers the monitoring officer's open question (secretary); the record goes back to awaiting review.
     *
     * @throws plv.platform.api.ValidationException when there is no open question or the answer is blank
     */
    OfficerDecision answerQuery(Actor actor, long id, String answer);
}
