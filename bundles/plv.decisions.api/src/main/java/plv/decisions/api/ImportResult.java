package plv.decisions.api;

import java.util.List;

/**
 * The outcome of importing a file: either every record was saved, or none was and {@code errors} says why.
 *
 * @param saved  records saved (0 when there are errors)
 * @param errors problems by row: the line of a CSV file where the record starts (the header is line 1), or the record's position in an XML file; 0 for the file as a whole
 */
public record ImportResult(int saved, List<RowError> errors) {

    public ImportResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** One problem in one row. */
    public record RowError(int row, String field, String message) {
    }
}
