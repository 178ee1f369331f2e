package plv.platform.api.audit;

/**
 * The result of walking the keyed hash chain (and, when one was given, of comparing it with an auditor's checkpoint).
 *
 * @param valid            true when every entry's code matches its content, its key and its predecessor (and the
 *                         checkpoint, when given, is genuine and still part of the chain)
 * @param entries          how many entries were checked
 * @param firstBrokenEntry id of the first entry that does not match, or null
 * @param reason           what did not match, in words (null when valid)
 */
public record AuditVerification(boolean valid, long entries, Long firstBrokenEntry, String reason) {

    public AuditVerification(boolean valid, long entries, Long firstBrokenEntry) {
        this(valid, entries, firstBrokenEntry, null);
    }
}
