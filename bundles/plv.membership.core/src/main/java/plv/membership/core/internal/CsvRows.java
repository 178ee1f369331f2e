package plv.membership.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import plv.platform.api.FieldError;
import plv.platform.api.ValidationException;

/**
 * Reads a small CSV file (RFC 4180: commas, double quotes around fields that need them) with a required header. Each
 * row keeps its line number so that errors can name it.
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
        String[] lines = text.replace("\uFEFF", "").split("\\R", -1);
        List<String> head = split(lines[0]).stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
        if (!head.equals(header)) {
            throw new ValidationException(List.of(new FieldError("line 1",
                    "The header must be " + String.join(",", header) + " but is " + lines[0].trim() + ".")));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                rows.add(new Row(i + 1, split(lines[i])));
            }
        }
        if (rows.isEmpty()) {
            throw new ValidationException("file", "The file has a header but no rows.");
        }
        return rows;
    }

    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /** Quotes a field for CSV output when it needs it. */
    static String quote(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
