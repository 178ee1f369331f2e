package plv.report.pdf;

import java.time.Instant;
import java.util.Objects;

/**
 * What a signature says: for whom it is made, why, where and when.
 *
 * @param onBehalfOf whom the company's key signs for, e.g. "the chair, Dr Jane Smith"
 * @param reason     the signature's reason, e.g. "Approved as a correct record"
 * @param location   where, e.g. "London"
 * @param signedAt   the claimed time of signing (the signature dictionary's /M)
 */
public record SignatureRequest(String onBehalfOf, String reason, String location, Instant signedAt) {
    public SignatureRequest {
        Objects.requireNonNull(onBehalfOf, "onBehalfOf");
        Objects.requireNonNull(signedAt, "signedAt");
        reason = reason == null ? "" : reason;
        location = location == null ? "" : location;
    }
}
