package plv.board.api;

import java.time.Instant;

/**
 * The signature on one kept minutes PDF.
 *
 * @param version   the approved version (1, 2, ...)
 * @param edition   public or confidential
 * @param signed    false for minutes approved before signing came in
 * @param signedBy  the name on the signing certificate, e.g. "Company Secretary, signing for the chair"
 * @param reason    the signature's reason, e.g. "Approved as a correct record"
 * @param signedAt  when it was signed
 * @param verifies  true when the signature still verifies: the signed bytes are unchanged, nothing was added, and the
 *                  key is the company's
 * @param problem   what is wrong, in words, or null
 */
public record MinutesSignature(int version, MinutesEdition edition, boolean signed, String signedBy, String reason,
        Instant signedAt, boolean verifies, String problem) {
}
