package plv.board.api;

import java.time.Instant;

/**
 * One version of a meeting's minutes. Approved versions are locked: their PDFs and SHA-256s are kept as they were;
 * a correction makes a new version with its reason.
 *
 * @param number              1, 2, ...
 * @param approved            true once approved (locked)
 * @param createdAt           when this version was made
 * @param reason              why this version exists ("Approved at the meeting of ...", or the correction's reason)
 * @param confidentialSha256  SHA-256 of the confidential PDF (hidden from readers of public material)
 * @param publicSha256        SHA-256 of the public PDF
 */
public record MinutesVersion(int number, boolean approved, Instant createdAt, String reason, String confidentialSha256,
        String publicSha256) {
}
