package plv.decisions.api;

/**
 * The monitoring officer's check of one condition of the delegation.
 *
 * @param condition the condition as worded in the delegation
 * @param met       whether it was met
 * @param note      a note, or null
 */
public record ConditionCheck(String condition, boolean met, String note) {
}
