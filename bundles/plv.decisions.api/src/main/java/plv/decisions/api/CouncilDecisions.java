package plv.decisions.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;

/**
 * The councils' decisions about the PLV. A monitoring officer sees only their own council's decisions; exempt text is
 * shown only to the secretary, directors and the council's own monitoring officer.
 */
@ProviderType
public interface CouncilDecisions {

    /** The decisions the actor may see, by council then date. */
    List<CouncilDecision> list(Actor actor);

    /**
     * @throws plv.platform.api.NotFoundException when there is no such decision
     * @throws AccessDeniedException when it is another council's and the actor is a monitoring officer
     */
    CouncilDecision get(Actor actor, long id);

    /**
     * Records a decision. Only the company secretary records and changes council decisions; a monitoring officer
     * reviews officer decisions and is refused here ({@link AccessDeniedException}).
     */
    CouncilDecision create(Actor actor, CouncilDecisionDraft draft);

    /**
     * Changes a decision (the company secretary only).
     *
     * @throws plv.platform.api.ConcurrentChangeException when {@code expectedVersion} is stale
     */
    CouncilDecision update(Actor actor, long id, long expectedVersion, CouncilDecisionDraft draft);

    /** The warnings a draft would carry (notice period, call-in), without saving anything. */
    List<DecisionWarning> check(CouncilDecisionDraft draft);
}
