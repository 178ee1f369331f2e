package plv.platform.security.api;

/**
 * A request body (form or upload) larger than the address accepts. Thrown while the body is read, before it is all
 * read; the web shell answers 413 with {@link #getMessage()}, which names the limit. Nothing has been saved.
 */
public class RequestTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long limitBytes;

    public RequestTooLargeException(String what, long limitBytes) {
        super(what + " is larger than the " + describe(limitBytes) + " this address accepts; nothing was saved. "
                + "Send a smaller one.");
        this.limitBytes = limitBytes;
    }

    /** The limit that was exceeded, in bytes. */
    public long limitBytes() {
        return limitBytes;
    }

    /** {@code 5 MB}, {@code 8 KB}, {@code 300 bytes}. */
    public static String describe(long bytes) {
        if (bytes >= 1_000_000 && bytes % 1_000_000 == 0) {
            return bytes / 1_000_000 + " MB";
        }
        if (bytes >= 1_000_000) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
        }
        if (bytes >= 1_000) {
            return bytes / 1_000 + " KB";
        }
        return bytes + " bytes";
    }
}
