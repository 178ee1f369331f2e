package plv.decisions.api;

import java.time.LocalDate;

/**
 * A consultation the officer held before deciding.
 *
 * @param consulteePost  the post consulted, as named in the delegation
 * @param consulteeName  the person, or null
 * @param consultedOn    when
 * @param view           their view
 */
public record Consultation(String consulteePost, String consulteeName, LocalDate consultedOn, String view) {
}
