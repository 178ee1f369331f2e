package plv.membership.api;

import java.time.LocalDate;

/**
 * A break notice as served by a member.
 *
 * @param servedOn   the date the notice was served
 * @param servedBy   who served it (name and role at the council)
 * @param documentId the uploaded notice, or null
 */
public record BreakNotice(LocalDate servedOn, String servedBy, Long documentId) {
}
