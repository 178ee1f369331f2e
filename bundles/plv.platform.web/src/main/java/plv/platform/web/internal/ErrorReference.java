package plv.platform.web.internal;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Short references that tie an error page to its log entry. */
final class ErrorReference {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    static String next() {
        byte[] b = new byte[4];
        RANDOM.nextBytes(b);
        return "PLV-" + HexFormat.of().withUpperCase().formatHex(b);
    }
}
