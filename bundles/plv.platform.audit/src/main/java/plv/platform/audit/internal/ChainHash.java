package plv.platform.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The hash of one entry: SHA-256 over the previous hash and every field of the entry, in a fixed layout. */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    static String of(long id, Instant recordedAt, String actor, String action, String recordType, String recordId,
            String changesJson, String previousHash) {
        String canonical = String.join("\u001f", Long.toString(id), recordedAt.toString(), actor, action, recordType,
                recordId, changesJson, previousHash);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
