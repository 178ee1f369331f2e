package plv.platform.web.api;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes lists as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet programs read accents right). A
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

    public static void write(Writer out, List<String> header, List<? extends List<?>> rows) throws IOException {
        line(out, header);
        for (List<?> row : rows) {
            line(out, row);
        }
    }

    private static void line(Writer out, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One cell, quoted when needed and defused when it looks like a formula. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = String.valueOf(value);
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || s.startsWith("'")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
