package plv.platform.web.api;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes lists as CSV with Apache Commons CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet programs read accents right). A
 * cell that a spreadsheet would take for a formula ({@code = + - @}, tab, carriage return) is prefixed with an
 * apostrophe, so an exported name cannot run anything.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    /** Answers the request with a CSV download. */
    public static void send(HttpServletResponse response, String fileName, List<String> header, List<? extends List<?>> rows)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        Writer out = response.getWriter();
        out.write('\uFEFF');
        write(out, header, rows);
        out.flush();
    }

    /** A CSV download as a route's reply (UTF-8 with a byte order mark, so spreadsheets read it as UTF-8). */
    public static plv.platform.api.web.route.Reply.Download download(String fileName, List<String> header,
            List<? extends List<?>> rows) {
        return new plv.platform.api.web.route.Reply.Download("text/csv;charset=UTF-8", fileName, true, stream -> {
            Writer out = new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8);
            out.write('\uFEFF');
            write(out, header, rows);
            out.flush();
        });
    }

    /** Writes the header and rows with Apache Commons CSV (RFC 4180, CRLF), each cell defused (see {@link #safe}). */
    public static void write(Writer out, List<String> header, List<? extends List<?>> rows) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
        printer.printRecord(header.stream().map(CsvWriter::safe));
        for (List<?> row : rows) {
            printer.printRecord(row.stream().map(CsvWriter::safe));
        }
        printer.flush();
    }

    /**
     * A cell's text, with an apostrophe before text that a spreadsheet would take for a formula ({@code = + - @}, tab,
     * carriage return); numbers are left as they are.
     */
    static String safe(Object value) {
        if (value == null) {
            return "";
        }
        String s = String.valueOf(value);
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number) ? "'" + s : s;
    }
}
