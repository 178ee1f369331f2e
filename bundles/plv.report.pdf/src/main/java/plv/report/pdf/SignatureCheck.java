package plv.report.pdf;

import java.time.Instant;

/**
 * The result of checking one signature of a PDF.
 *
 * @param signedBy       the common name of the signing certificate, or null when the signature cannot be read
 * @param signedAt       the claimed time of signing, or null
 * @param reason         the signature's reason, or null
 * @param intact         the CMS signature is valid over the signed byte ranges (the document digest matches and the
 *                       signer's key signed the attributes)
 * @param wholeDocument  the signed byte ranges cover the whole file except the signature itself (nothing was added
 *                       after signing)
 * @param companyKey     the signing certificate is the company's own signing certificate
 * @param problem        what is wrong, in words, or null when the signature verifies
 */
public record SignatureCheck(String signedBy, Instant signedAt, String reason, boolean intact, boolean wholeDocument,
        boolean companyKey, String problem) {

    /** True when the signature is intact, covers the whole file and was made with the company's key. */
    public boolean verifies() {
        return intact && wholeDocument && companyKey;
    }
}
