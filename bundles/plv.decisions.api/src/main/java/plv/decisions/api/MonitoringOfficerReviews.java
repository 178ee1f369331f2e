package plv.decisions.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/**
 * The monitoring officer's review of officer decision records. Only a monitoring officer of the record's own council
 * may submit a review; anyone else gets {@link plv.platform.api.AccessDeniedException}. Every outcome is audited and a
 * confirmed review is locked.
 */
@ProviderType
public interface MonitoringOfficerReviews {

    /** Records awaiting the actor's review (a monitoring officer: their council's; the secretary: all councils'). */
    List<ReviewCase> queue(Actor actor);

    /** One record with its delegation beside it and its reviews so far. */
    ReviewCase reviewCase(Actor actor, long officerDecisionId);

    /**
     * Submits a review.
     *
     * @throws plv.platform.api.AccessDeniedException when the actor is not the record's council's monitoring officer
     * @throws plv.platform.api.ValidationException   when checks are missing, comments are missing for a query or an
     *                                                 outside-delegation outcome, or the record is already confirmed
     */
    MonitoringOfficerReview submit(Actor actor, ReviewSubmission submission);

    /** Every review the actor may see, newest first. */
    List<MonitoringOfficerReview> list(Actor actor);
}
