package plv.membership.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One dated status of a member; the history is the list of these, never overwritten.
 *
 * @param status      the new status
 * @param effectiveOn the date it took effect
 * @param reason      why (free text, may be empty)
 * @param recordedBy  username who recorded it
 * @param recordedAt  when it was recorded
 */
public record StatusChange(MembershipStatus status, LocalDate effectiveOn, String reason, String recordedBy,
        Instant recordedAt) {
}
