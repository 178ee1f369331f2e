package plv.platform.api.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed statement of how long the audit chain was and how it ended at one moment. An auditor keeps it outside the
 * product; verifying later against it detects a chain cut short or rewritten since, even by someone who can write to
 * the database (they cannot sign: the key is not in the database).
 *
 * @param entries   how many entries the chain had
 * @param headHash  the code of the last of them (the chain's genesis value when there were none)
 * @param at        when the checkpoint was taken (UTC)
 * @param keyId     the audit key that signed it
 * @param signature HMAC-SHA256 over the other fields, hexadecimal
 */
public record AuditCheckpoint(long entries, String headHash, Instant at, String keyId, String signature) {

    public AuditCheckpoint {
        Objects.requireNonNull(headHash, "headHash");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(signature, "signature");
    }
}
