package plv.decisions.api;

import java.time.LocalDate;

/**
 * Whether the meeting that took a decision was held (in whole or part) in private, and the two notices reg 5 of the
 * 2012 Regulations requires before it: notice of intention with reasons at least 28 clear days before (reg 5(2)-(3))
 * and a further notice with reasons, representations and the response at least 5 clear days before (reg 5(4)-(5)).
 *
 * @param heldInPrivate     true when the public were excluded for this item
 * @param intentionNoticeOn the day the notice of intention was published, or null
 * @param reasonsNoticeOn   the day the further notice was published, or null
 */
public record PrivateMeeting(boolean heldInPrivate, LocalDate intentionNoticeOn, LocalDate reasonsNoticeOn) {

    public static final PrivateMeeting PUBLIC = new PrivateMeeting(false, null, null);
}
