package plv.commissioning.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/**
 * The risk log of every programme, keyed by programme id. Reads need a commissioning officer, the secretary or a
 * director; changes a commissioning officer or the secretary ({@link plv.platform.api.AccessDeniedException}
 * otherwise). Bad input is refused with a {@link plv.platform.api.ValidationException} naming each field, and nothing
 * is written; a stale version becomes a {@link plv.platform.api.ConcurrentChangeException}.
 */
@ProviderType
public interface RiskLog {

    /** The programme's risks by reference. */
    List<Risk> list(Actor actor, String programmeId);

    /** One risk of the programme, with its reviews. */
    Risk get(Actor actor, String programmeId, long id);

    /** Records a new risk; its reference is the programme's next ({@code SCH-R06}). */
    Risk add(Actor actor, String programmeId, RiskDraft draft);

    /** Changes a risk's description, scores, controls and actions; a changed current score sets the trend. */
    Risk update(Actor actor, String programmeId, long id, long expectedVersion, RiskDraft draft);

    /**
     * Records a review: the current score found, the trend against the previous one, and from it the next review date.
     *
     * @param likelihood the current likelihood, as typed (1–5)
     * @param impact     the current impact, as typed (1–5)
     * @param note       what the review found (may be empty)
     */
    Risk review(Actor actor, String programmeId, long id, long expectedVersion, String likelihood, String impact, String note);

    /**
     * Records a director's acceptance of the risk as it is, until a day (inclusive), with the reason; the signed-in
     * {@code actor} is who accepted it. A current acceptance is ended by the new one. Refused unless the actor is a
     * director ({@link plv.platform.api.AccessDeniedException}); refused naming the field when {@code until} is missing
     * or before today, or the reason is empty.
     *
     * @param until  the last day the acceptance holds, as typed (ISO date)
     * @param reason why the risk is tolerated
     * @since 1.3
     */
    Risk accept(Actor actor, String programmeId, long id, long expectedVersion, String until, String reason);

    /**
     * The last day of every current acceptance that falls on or before {@code to}, over every programme; an ended one
     * stays (overdue) until the risk is reviewed or accepted again.
     *
     * @since 1.3
     */
    List<KeyDate> acceptancesEnding(Actor actor, LocalDate to);

    /**
     * Flags a risk for review because something a programme watches has happened, e.g. an inspection judged below good
     * or occupancy below its threshold (the extension point by which a programme's own rules reach its risk log). The
     * risk falls due for review on the day it is first flagged (so it shows on the deadlines page, overdue until it is
     * reviewed) and its page shows the reason; recording a review clears the flag. Flagging a risk that is already
     * flagged keeps the first date and adds the new reason unless it is already there, so a rule may flag as often as it
     * runs without piling up changes.
     *
     * @param reference the risk's reference in the programme's log, e.g. {@code SCH-R01}
     * @param reason    why, naming the figures or the record, e.g. "Occupancy 61.2% over 8 weeks to 2028-03-01, below 75%"
     * @return the risk as flagged
     * @throws plv.platform.api.NotFoundException when the programme's log has no risk with that reference
     * @since 1.3
     */
    Risk flagForReview(Actor actor, String programmeId, String reference, String reason);

    /** Next review dates falling between {@code from} and {@code to} (inclusive), over every programme. */
    List<KeyDate> reviewsDue(Actor actor, LocalDate from, LocalDate to);
}
