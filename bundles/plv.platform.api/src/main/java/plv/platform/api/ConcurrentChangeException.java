package plv.platform.api;

/** A stale update was refused because someone else changed the record first (optimistic lock). */
public class ConcurrentChangeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String recordDescription) {
        super("Someone else changed " + recordDescription
                + " after you opened it; nothing was saved. Reload it and make your change again.");
    }
}
