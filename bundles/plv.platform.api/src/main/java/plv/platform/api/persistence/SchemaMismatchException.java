package plv.platform.api.persistence;

/** The database's schema does not match the code: newer than the code, or an applied migration was changed. */
public class SchemaMismatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SchemaMismatchException(String message) {
        super(message);
    }
}
