package plv.commissioning.api;

import java.time.LocalDate;

/**
 * A decision to tolerate a risk as it is, for a while: who accepted it (a director, signed in), why, and until when.
 *
 * @param acceptedBy    the username of the director who accepted it
 * @param acceptedOn    the day it was recorded (London)
 * @param acceptedUntil the last day the acceptance holds (inclusive); the day after, the risk is back to review
 * @param reason        why the risk is tolerated
 * @param endedOn       the day it was ended by a review or a new acceptance; null while it is the risk's current one
 */
public record RiskAcceptance(String acceptedBy, LocalDate acceptedOn, LocalDate acceptedUntil, String reason, LocalDate endedOn) {
}
