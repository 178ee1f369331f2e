package plv.platform.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The code of one entry. Since schema V2 it is HMAC-SHA256, keyed with a secret kept outside the database, over a
 * length-prefixed encoding of every field of the entry, the key id and the previous entry's code: someone who can edit
 * rows but does not hold the key cannot compute a code that verifies. The instant is hashed as canonical UTC text
 * ({@link #canonical}), never through a time zone. {@link #legacy} is the plain SHA-256 of entries written before V2;
 * it is used only to check them once, when they are re-chained.
 */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);
    static final String LEGACY = "sha256";
    static final String KEYED = "hmac-sha256";
    private static final String ALGORITHM = "HmacSHA256";
    private static final DateTimeFormatter UTC_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private ChainHash() {
    }

    /** ISO-8601 in UTC with exactly three fraction digits, e.g. {@code 2026-10-25T00:30:00.000Z}. */
    static String canonical(Instant at) {
        return UTC_MILLIS.format(at);
    }

    /** The pre-V2 code: plain SHA-256 over the fields joined by U+001F, the instant as {@link Instant#toString()}. */
    static String legacy(long id, Instant recordedAt, String actor, String action, String recordType, String recordId,
            String changesJson, String previousHash) {
        String canonical = String.join("\u001f", Long.toString(id), recordedAt.toString(), actor, action, recordType,
                recordId, changesJson, previousHash);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HEX.formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Computes keyed codes with one key; not thread-safe (one per thread or per walk). */
    static final class Signer {
        private final Mac mac;
        private final StringBuilder text = new StringBuilder(256);

        Signer(byte[] key) {
            try {
                mac = Mac.getInstance(ALGORITHM);
                mac.init(new SecretKeySpec(key, ALGORITHM));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        String entry(long id, String atUtc, String actor, String action, String recordType, String recordId, String changesJson,
                String previousHash, String keyId) {
            text.setLength(0);
            text.append("plv-audit-entry-v2");
            field(Long.toString(id));
            field(atUtc);
            field(actor);
            field(action);
            field(recordType);
            field(recordId);
            field(changesJson);
            field(previousHash);
            field(keyId);
            return HEX.formatHex(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        }

        String checkpoint(long entries, String headHash, String atUtc, String keyId) {
            text.setLength(0);
            text.append("plv-audit-checkpoint-v1");
            field(Long.toString(entries));
            field(headHash);
            field(atUtc);
            field(keyId);
            return HEX.formatHex(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        }

        /** Length-prefixed, so no choice of field contents can shift text from one field into another. */
        private void field(String value) {
            String v = value == null ? "" : value;
            text.append('|').append(v.length()).append(':').append(v);
        }
    }

    /** Compares two codes in time independent of where they differ. */
    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
