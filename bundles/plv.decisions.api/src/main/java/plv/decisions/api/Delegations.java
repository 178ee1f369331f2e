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

    /** Records a delegation made by a council decision (the company secretary only). */
    Delegation create(Actor actor, long councilDecisionId, DelegationDraft terms);

    /**
     * Changes a delegation's terms (the company secretary only); the change is audited field by field.
     *
     * @throws plv.platform.api.ConcurrentChangeException when {@code expectedVersion} is stale
     */
    Delegation update(Actor actor, long id, long expectedVersion, DelegationDraft terms);
}
