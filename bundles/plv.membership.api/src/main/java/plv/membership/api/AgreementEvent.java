package plv.membership.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event on an agreement.
 *
 * @param id          its id
 * @param type        what happened
 * @param eventDate   the date it happened (signed on, notice served on...)
 * @param effectiveOn the date it takes effect (the break date for a notice), or null
 * @param byWhom      who signed, served or decided
 * @param documentId  the uploaded document, or null
 * @param reason      reason (required for a variation), may be empty
 * @param recordedBy  username who recorded it
 * @param recordedAt  when it was recorded
 */
public record AgreementEvent(long id, AgreementEventType type, LocalDate eventDate, LocalDate effectiveOn, String byWhom,
        Long documentId, String reason, String recordedBy, Instant recordedAt) {
}
