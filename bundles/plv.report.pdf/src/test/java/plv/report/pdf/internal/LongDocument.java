package plv.report.pdf.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import plv.report.pdf.Block;
import plv.report.pdf.ReportDocument;

/** A long board meeting's minutes (shared by the pagination test and the benchmark). */
public final class LongDocument {
    private LongDocument() {
    }

    /** Minutes of a meeting with {@code items} agenda items of long text and tables: 30 items make 40+ pages. */
    public static ReportDocument minutes(int items, boolean draft) {
        ReportDocument.Builder b = ReportDocument.builder("Minutes of the board meeting of 12 March 2026 (long)")
                .author("Company secretary").created(Instant.parse("2026-03-20T09:00:00Z")).draft(draft);
        List<List<String>> attendance = new ArrayList<>();
        String[] names = { "Zoë Brontë", "Órla Ní Bhriain", "Łukasz Wójcik", "Ödön Erdős", "Úna Kovács" };
        for (int i = 0; i < 12; i++) {
            attendance.add(List.of(names[i % names.length] + " " + (i + 1), i % 4 == 0 ? "Chair" : "Director",
                    i % 5 == 3 ? "apologies" : "present"));
        }
        b.heading("Attendance").table(List.of("Name", "Role", "Attendance"), List.of(3, 2, 2), attendance);
        for (int item = 1; item <= items; item++) {
            b.heading("Item " + item + ". Matter number " + item);
            for (int para = 1; para <= 4; para++) {
                StringBuilder text = new StringBuilder("[" + item + "." + para + "] ");
                for (int s = 0; s < 5; s++) {
                    text.append(PdfaRendererTest.LOREM).append(' ');
                }
                b.paragraph(text.toString().trim());
            }
            b.paragraph("RESOLVED: that the recommendations in paragraph " + item + " be agreed.", Block.Style.BOLD);
            List<List<String>> votes = new ArrayList<>();
            for (int v = 1; v <= 8; v++) {
                votes.add(List.of("<" + item + "/" + v + "> " + names[v % names.length], v % 3 == 0 ? "against" : "for",
                        v == 7 ? "Did not vote: declared a pecuniary interest in the contract and left the room" : ""));
            }
            b.table(List.of("Director", "Vote", "Note"), List.of(3, 1, 4), votes);
        }
        return b.build();
    }

    /** Strings that occur once each in the document, in reading order. */
    public static List<String> markers(ReportDocument doc) {
        List<String> markers = new ArrayList<>();
        for (Block block : doc.blocks()) {
            if (block instanceof Block.Paragraph p && p.text().startsWith("[")) {
                markers.add(p.text().substring(0, p.text().indexOf(']') + 1));
            } else if (block instanceof Block.Table t) {
                for (List<String> row : t.rows()) {
                    if (row.get(0).startsWith("<")) {
                        markers.add(row.get(0).substring(0, row.get(0).indexOf('>') + 1));
                    }
                }
            }
        }
        return markers;
    }
}
