package plv.board.api;

import java.util.List;

/**
 * The check of an export against its manifest.
 *
 * @param manifestFound  false when the zip holds no manifest (then every entry is extra)
 * @param manifestSha256 the SHA-256 of the manifest found, to compare with the audit trail's entry for the export
 * @param entries        one line per path, in the manifest's order, then the extra entries
 * @param exported       the export the audit trail records with this manifest's SHA-256 ("2026 exported on ... by ..."),
 *                       or null when it records none: then the manifest is not one the suite wrote, or was changed
 */
public record ExportVerification(boolean manifestFound, String manifestSha256, List<Entry> entries, String exported) {

    public ExportVerification {
        entries = List.copyOf(entries);
    }

    /** A check not yet compared with the audit trail. */
    public ExportVerification(boolean manifestFound, String manifestSha256, List<Entry> entries) {
        this(manifestFound, manifestSha256, entries, null);
    }

    /** The same check with the export the audit trail records for its manifest. */
    public ExportVerification withExported(String value) {
        return new ExportVerification(manifestFound, manifestSha256, entries, value);
    }

    /** How an entry compares with the manifest. */
    public enum Status {
        OK, CHANGED, MISSING, EXTRA
    }

    /**
     * One entry.
     *
     * @param path           its path in the zip
     * @param status         OK, changed, missing or extra
     * @param expectedBytes  the size the manifest gives, or null for an extra entry
     * @param actualBytes    the size found, or null for a missing entry
     * @param expectedSha256 the manifest's SHA-256, or null
     * @param actualSha256   the SHA-256 found, or null
     */
    public record Entry(String path, Status status, Long expectedBytes, Long actualBytes, String expectedSha256,
            String actualSha256) {
    }

    /**
     * True when the manifest was found, is one the audit trail records as exported, and every entry is as it lists.
     */
    public boolean intact() {
        return manifestFound && exported != null && entries.stream().allMatch(e -> e.status() == Status.OK);
    }

    /** The number of entries with {@code status}. */
    public long count(Status status) {
        return entries.stream().filter(e -> e.status() == status).count();
    }
}
