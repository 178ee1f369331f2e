package plv.platform.api;

/** The actor is not entitled to see or do this. Pages answer 403; nothing is changed. */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
