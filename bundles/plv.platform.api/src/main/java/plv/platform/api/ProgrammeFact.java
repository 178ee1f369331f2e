package plv.platform.api;

/**
 * One line of a programme's summary on its overview page, e.g. "Beds" and "25".
 *
 * @param label the term
 * @param value its value, as text
 */
public record ProgrammeFact(String label, String value) {
}
