package plv.programme.dynamic.sufficiency.tool.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import plv.platform.api.FieldError;
import plv.platform.api.ValidationException;

/**
 * Reads the tool's CSV: header {@code gss_code,sub_region,placement_type,month,demand,supply,spend}, one line per
 * authority, placement type and month; spend in pounds. All or nothing: every bad value is reported with its line and
 * field ({@code line 7: demand}) and then nothing is read. Numbers only: a file with more columns (names, dates of
 * birth) is refused, so no personal data comes in.
 */
final class FigureCsv {

    static final String HEADER = "gss_code,sub_region,placement_type,month,demand,supply,spend";
    static final List<String> TYPES = List.of("residential", "in-house-fostering", "agency-fostering", "semi-independent", "secure",
            "parent-and-child");
    static final int MAX_LINES = 20_000;
    static final int MAX_ERRORS = 50;
    /** Name by GSS code (filled with {@link #SUB_REGIONS}). */
    static final Map<String, String> NAMES = new LinkedHashMap<>();
    /** Sub-region by GSS code, the 33 London authorities. */
    static final Map<String, String> SUB_REGIONS = load();

    private FigureCsv() {
    }

    static List<Figure> parse(String csv) {
        return parse(new java.io.StringReader(csv == null ? "" : csv));
    }

    /**
     * Reads the figures with Apache Commons CSV (quoted cells work); a line is a record, numbered as the file's lines
     * are, header first. Refuses the whole file, naming each wrong line and field, when any line is wrong.
     */
    static List<Figure> parse(Reader csv) {
        List<FieldError> errors = new ArrayList<>();
        List<Figure> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            java.util.Iterator<CSVRecord> records = parser.iterator();
            String header = records.hasNext() ? String.join(",", records.next().values()).replace("\uFEFF", "").strip() : "";
            if (!header.equalsIgnoreCase(HEADER)) {
                throw new ValidationException("line 1: header", "The first line must be the header " + HEADER + "; the file starts with '"
                        + abbreviate(header) + "'.");
            }
            while (records.hasNext() && errors.size() < MAX_ERRORS) {
                CSVRecord record = records.next();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                int n = (int) record.getRecordNumber();
                if (n - 1 > MAX_LINES) {
                    throw new ValidationException("file", "The file has more than " + MAX_LINES + " lines; import at most " + MAX_LINES
                            + " at a time (split it by month).");
                }
                String[] f = record.values();
                if (f.length != 7) {
                    errors.add(new FieldError("line " + n, "Line " + n + " has " + f.length + " values; give the 7 of the header " + HEADER + "."));
                    continue;
                }
                int before = errors.size();
                String gss = f[0].strip();
                String sub = f[1].strip().toUpperCase(java.util.Locale.ROOT);
                if (!SUB_REGIONS.containsKey(gss)) {
                    errors.add(new FieldError("line " + n + ": gss_code", "'" + abbreviate(gss) + "' is not the GSS code of a London authority"
                            + " (E09000001 to E09000033)."));
                } else if (!SUB_REGIONS.get(gss).equals(sub)) {
                    errors.add(new FieldError("line " + n + ": sub_region", "'" + abbreviate(f[1].strip()) + "' is not the sub-region of " + gss
                            + "; it is " + SUB_REGIONS.get(gss) + "."));
                }
                String type = f[2].strip().toLowerCase(java.util.Locale.ROOT);
                if (!TYPES.contains(type)) {
                    errors.add(new FieldError("line " + n + ": placement_type", "'" + abbreviate(f[2].strip()) + "' is not one of " + TYPES + "."));
                }
                YearMonth month = null;
                try {
                    month = YearMonth.parse(f[3].strip());
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError("line " + n + ": month", "'" + abbreviate(f[3].strip()) + "' is not a month; write it as YYYY-MM."));
                }
                Integer demand = count(f[4], n, "demand", errors);
                Integer supply = count(f[5], n, "supply", errors);
                Long spend = null;
                try {
                    BigDecimal p = new BigDecimal(f[6].strip());
                    if (p.signum() < 0 || p.scale() > 2 || p.compareTo(BigDecimal.valueOf(100_000_000)) > 0) {
                        throw new NumberFormatException();
                    }
                    spend = p.movePointRight(2).longValueExact();
                } catch (NumberFormatException | ArithmeticException e) {
                    errors.add(new FieldError("line " + n + ": spend", "'" + abbreviate(f[6].strip()) + "' is not an amount in pounds from 0 to"
                            + " 100,000,000 with at most 2 decimals, e.g. 215000.50."));
                }
                if (errors.size() == before) {
                    if (!seen.add(gss + "|" + type + "|" + month)) {
                        errors.add(new FieldError("line " + n + ": month", gss + " " + type + " " + month + " is in the file twice; keep one line."));
                    } else {
                        out.add(new Figure(gss, sub, type, month, demand, supply, spend));
                    }
                }
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new ValidationException("file", "The file could not be read as CSV (" + e.getMessage() + "); save it as CSV (UTF-8) and"
                    + " import it again.");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (out.isEmpty()) {
            throw new ValidationException("file", "The file has a header but no figures; add a line per authority, placement type and month.");
        }
        return out;
    }

    private static Integer count(String value, int line, String field, List<FieldError> errors) {
        try {
            int v = Integer.parseInt(value.strip());
            if (v < 0 || v > 100_000) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            errors.add(new FieldError("line " + line + ": " + field, "'" + abbreviate(value.strip()) + "' is not a number of placements from"
                    + " 0 to 100,000."));
            return null;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static Map<String, String> load() {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = FigureCsv.class.getResourceAsStream("/london-authorities.csv");
                CSVParser csv = CSVParser.parse(in, StandardCharsets.UTF_8, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord f : csv) {
                out.put(f.get(0), f.get(2).strip());
                NAMES.put(f.get(0), f.get(1));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
