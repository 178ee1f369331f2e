package plv.bench.pdf;

import java.util.List;

import plv.report.pdf.Block;
import plv.report.pdf.ReportDocument;

/**
 * A {@link ReportDocument} written as XHTML with CSS for paged media, set as close to the product's own layout
 * (plv.report.pdf's PageFlow) as CSS allows: A4 with the same margins, DejaVu Sans, the running header with a rule, a
 * footer with the title and "Page n of m", a bookmark per heading, tables with repeated header rows, and the DRAFT
 * watermark. The blocks are taken one for one, so both renderers print the same content; an exempt item's wording is
 * left out before this point (plv.board.core's MinutesDocument and PublicView), as it is for the own layout.
 */
final class MinutesHtml {
    private MinutesHtml() {
    }

    static final String CSS = """
            @page { size: A4; margin: 82pt 56pt 60pt 56pt;
              @top-center { content: element(header); vertical-align: top; }
              @bottom-center { content: element(footer); vertical-align: top; } }
            html, body { font-family: 'DejaVu Sans'; font-size: 10.5pt; margin: 0; padding: 0; }
            #header { position: running(header); padding-top: 33pt; border-bottom: 0.5pt solid #999; width: 100%; }
            #header .company { font-weight: bold; font-size: 9pt; line-height: 11.5pt; }
            #header .line { font-size: 7.5pt; line-height: 10pt; color: #4d4d4d; }
            #footer { position: running(footer); margin-top: 6pt; border-top: 0.5pt solid #999; padding-top: 4pt;
              font-size: 8pt; color: #4d4d4d; width: 100%; }
            #footer .title { float: left; width: 82%; white-space: nowrap; overflow: hidden; }
            #footer .page { float: right; text-align: right; }
            #footer .page::after { content: "Page " counter(page) " of " counter(pages); }
            #draft { position: fixed; top: 250pt; left: 20pt; font-size: 130pt; font-weight: bold; color: #e0e0e0;
              transform: rotate(-45deg); transform-origin: 50% 50%; z-index: -1; }
            h1 { font-size: 13.5pt; line-height: 17.5pt; margin: 10pt 0 3pt 0; page-break-after: avoid; }
            h2 { font-size: 11.5pt; line-height: 15pt; margin: 6pt 0 3pt 0; page-break-after: avoid; }
            p { line-height: 14.7pt; margin: 0 0 5pt 0; orphans: 2; widows: 2; }
            p.bold { font-weight: bold; }
            p.note { font-size: 9pt; line-height: 12.6pt; color: #595959; }
            table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 8pt 0;
              -fs-table-paginate: paginate; font-size: 9pt; line-height: 11.7pt; }
            thead { display: table-header-group; }
            th { background-color: #e6e6e6; font-weight: bold; text-align: left; }
            th, td { border: 0.4pt solid #808080; padding: 3.5pt; vertical-align: top; word-wrap: break-word; }
            """;

    static String of(ReportDocument doc) {
        StringBuilder h = new StringBuilder(256 * 1024);
        h.append("<html lang=\"en-GB\"><head><meta charset=\"UTF-8\"/><title>").append(esc(doc.title())).append("</title>");
        h.append("<meta name=\"author\" content=\"").append(esc(doc.author())).append("\"/>");
        if (doc.subject() != null) {
            h.append("<meta name=\"subject\" content=\"").append(esc(doc.subject())).append("\"/>");
        }
        h.append("<style>").append(CSS).append("</style>");
        bookmarks(h, doc.blocks());
        h.append("</head><body>");
        h.append("<div id=\"header\">");
        List<String> lines = doc.headerLines();
        for (int i = 0; i < lines.size(); i++) {
            h.append("<div class=\"").append(i == 0 ? "company" : "line").append("\">").append(esc(lines.get(i))).append("</div>");
        }
        h.append("</div>");
        h.append("<div id=\"footer\"><div class=\"title\">").append(esc(doc.title()))
                .append("</div><div class=\"page\"></div></div>");
        if (doc.draft()) {
            h.append("<div id=\"draft\">DRAFT</div>");
        }
        int heading = 0;
        for (Block block : doc.blocks()) {
            if (block instanceof Block.Heading b) {
                String tag = b.level() == 1 ? "h1" : "h2";
                h.append('<').append(tag).append(" id=\"h").append(++heading).append("\">").append(esc(b.text()))
                        .append("</").append(tag).append('>');
            } else if (block instanceof Block.Paragraph p) {
                h.append("<p");
                if (p.style() != Block.Style.BODY) {
                    h.append(" class=\"").append(p.style() == Block.Style.BOLD ? "bold" : "note").append('"');
                }
                h.append('>').append(esc(p.text()).replace("\n", "<br/>")).append("</p>");
            } else if (block instanceof Block.Table t) {
                table(h, t);
            } else if (block instanceof Block.SignatureSpace) {
                // openhtmltopdf has no signature fields: a box of the same size holds the place (see docs/performance.md)
                h.append("<div style=\"height: ").append(Block.SignatureSpace.HEIGHT)
                        .append("pt; width: 62%; border: 0.4pt solid #808080; page-break-inside: avoid;\"></div>");
            }
        }
        h.append("</body></html>");
        return h.toString();
    }

    private static void bookmarks(StringBuilder h, List<Block> blocks) {
        h.append("<bookmarks>");
        int heading = 0;
        boolean open = false;
        for (Block block : blocks) {
            if (block instanceof Block.Heading b) {
                heading++;
                if (b.level() == 1 && open) {
                    h.append("</bookmark>");
                }
                h.append("<bookmark name=\"").append(esc(b.text())).append("\" href=\"#h").append(heading).append("\"");
                if (b.level() == 1) {
                    h.append('>');
                    open = true;
                } else {
                    h.append("/>");
                }
            }
        }
        if (open) {
            h.append("</bookmark>");
        }
        h.append("</bookmarks>");
    }

    private static void table(StringBuilder h, Block.Table t) {
        int total = t.widths().stream().mapToInt(Integer::intValue).sum();
        h.append("<table><colgroup>");
        for (int w : t.widths()) {
            h.append("<col style=\"width: ").append(String.format(java.util.Locale.ROOT, "%.3f", 100.0 * w / total)).append("%\"/>");
        }
        h.append("</colgroup><thead><tr>");
        for (String c : t.headers()) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            for (String c : row) {
                h.append("<td>").append(esc(c).replace("\n", "<br/>")).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\t' -> out.append(' ');
                default -> {
                    if (c >= 0x20 || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
