package plv.platform.security.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA512 from the JDK, salted, with the OWASP-recommended 210,000 iterations by default. The stored form
 * {@code pbkdf2-sha512$<iterations>$<salt>$<hash>} carries its own parameters, so the work factor can be raised later
 * without invalidating stored hashes ({@link #needsRehash}).
 */
final class PasswordHasher {

    static final int DEFAULT_ITERATIONS = 210_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final String SCHEME = "pbkdf2-sha512";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 512;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    /**
     * Verified against when the user does not exist, so that both cases take the same time: a random salt and a random
     * "hash" in the stored form, so checking it costs one full derivation and matches nothing. Made up, not derived,
     * because deriving a real hash here cost a whole PBKDF2 run (0.3-1 s) on every start of the product.
     */
    private final String decoy;

    PasswordHasher(int iterations) {
        if (iterations < 1_000) {
            throw new IllegalArgumentException("PBKDF2 needs at least 1000 iterations, not " + iterations);
        }
        this.iterations = iterations;
        byte[] salt = new byte[SALT_BYTES];
        byte[] hash = new byte[HASH_BITS / 8];
        random.nextBytes(salt);
        random.nextBytes(hash);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        this.decoy = SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    boolean verify(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        int n;
        try {
            n = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(parts[3]);
        byte[] actual = derive(password, b64.decode(parts[2]), n);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the same effort as a real check; used when the username is unknown. */
    void verifyDecoy(char[] password) {
        verify(password, decoy);
    }

    boolean needsRehash(String stored) {
        return stored == null || !stored.startsWith(SCHEME + "$" + iterations + "$");
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK offers no " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }
}
