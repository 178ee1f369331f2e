package plv.membership.core.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import plv.platform.api.FieldError;
import plv.platform.api.ValidationException;

/**
 * Reads a small CSV file with a required header, with Apache Commons CSV (RFC 4180: commas, double quotes around
 * fields that need them, line breaks inside quoted fields). Each row keeps its number, counted as the file's lines
 * are when no field holds a line break, so that errors can name it.
 */
final class CsvRows {

    /** One data row: its 1-based line number in the file and its fields. */
    record Row(int line, List<String> fields) {
        String get(int i) {
            return i < fields.size() ? fields.get(i).trim() : "";
        }
    }

    private CsvRows() {
    }

    /** Parses {@code text}, checking the header is exactly {@code header} (case and spaces ignored). */
    static List<Row> parse(String text, List<String> header) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("file", "The file is empty; it needs the header " + String.join(",", header)
                    + " and one row per value.");
        }
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.replace("\uFEFF", "")),
                CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get())) {
            var records = parser.iterator();
            List<String> head = records.hasNext() ? Arrays.stream(records.next().values()).map(s -> s.trim().toLowerCase(Locale.ROOT)).toList()
                    : List.of();
            if (!head.equals(header)) {
                throw new ValidationException(List.of(new FieldError("line 1",
                        "The header must be " + String.join(",", header) + " but is " + String.join(",", head) + ".")));
            }
            while (records.hasNext()) {
                CSVRecord r = records.next();
                if (r.size() > 1 || !r.get(0).isBlank()) {
                    rows.add(new Row((int) r.getRecordNumber(), List.of(r.values())));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ValidationException("file", "The file is not readable CSV (" + e.getMessage() + "); check its quotes and save it"
                    + " as CSV (UTF-8).");
        }
        if (rows.isEmpty()) {
            throw new ValidationException("file", "The file has a header but no rows.");
        }
        return rows;
    }
}
