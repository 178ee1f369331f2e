package plv.platform.api.audit;

/**
 * The result of walking the hash chain.
 *
 * @param valid            true when every entry's hash matches its content and its predecessor
 * @param entries          how many entries were checked
 * @param firstBrokenEntry id of the first entry that does not match, or null
 */
public record AuditVerification(boolean valid, long entries, Long firstBrokenEntry) {
}
