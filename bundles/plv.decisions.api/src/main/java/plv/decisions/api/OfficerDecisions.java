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

    /** Records an officer decision; it then awaits the monitoring officer's review. */
    OfficerDecision record(Actor actor, long delegationId, OfficerDecisionDraft draft);

    /**
     * Answers the monitoring officer's open question (secretary); the record goes back to awaiting review.
     *
     * @throws plv.platform.api.ValidationException when there is no open question or the answer is blank
     */
    OfficerDecision answerQuery(Actor actor, long id, String answer);
}
