package plv.decisions.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/** Delegations made by council decisions. Same visibility as {@link CouncilDecisions}. */
@ProviderType
public interface Delegations {

    List<Delegation> list(Actor actor);

    List<Delegation> forDecision(Actor actor, long councilDecisionId);

    Delegation get(Actor actor, long id);

    /** Records a delegation made by a council decision (secretary, or the council's own monitoring officer). */
    Delegation create(Actor actor, long councilDecisionId, DelegationDraft terms);
}
