package plv.board.api;

/**
 * What an export wrote.
 *
 * @param year           the calendar year
 * @param entries        the number of records (the manifest not counted)
 * @param bytes          their total size, uncompressed
 * @param manifestSha256 the SHA-256 of the manifest, also kept in the audit trail
 */
public record RecordsExport(int year, int entries, long bytes, String manifestSha256) {
}
