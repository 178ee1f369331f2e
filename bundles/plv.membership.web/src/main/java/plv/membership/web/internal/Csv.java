package plv.membership.web.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

/** Writes CSV that opens in a spreadsheet: UTF-8 with a byte order mark, CRLF line ends, quoted where needed. */
final class Csv {

    private Csv() {
    }

    static void send(HttpServletResponse resp, String fileName, List<List<String>> rows) throws IOException {
        resp.setContentType("text/csv;charset=UTF-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        PrintWriter out = resp.getWriter();
        out.write('\uFEFF');
        for (List<String> row : rows) {
            out.write(String.join(",", row.stream().map(Csv::quote).toList()));
            out.write("\r\n");
        }
        out.flush();
    }

    static String quote(String s) {
        if (s == null) {
            return "";
        }
        // a leading =, +, - or @ would be run as a formula by a spreadsheet
        String t = !s.isEmpty() && "=+@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return t.contains(",") || t.contains("\"") || t.contains("\n") ? '"' + t.replace("\"", "\"\"") + '"' : t;
    }
}
