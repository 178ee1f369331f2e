package plv.report.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import plv.report.pdf.AgendaPack;
import plv.report.pdf.ReportDocument;

/** Packs for the tests and the benchmark: written papers, PDF/A uploads, and uploads that are not PDF/A. */
public final class PackSample {
    private PackSample() {
    }

    /** A PDF/A-2b upload of about {@code pages} pages, made by the suite's own renderer. */
    public static byte[] pdfaUpload(String title, int pages) {
        ReportDocument.Builder b = ReportDocument.builder(title).heading(title);
        for (int i = 0; i < pages * 9; i++) {
            b.paragraph("Paragraph " + (i + 1) + " of the uploaded paper " + title + ". " + PdfaRendererTest.LOREM);
        }
        return new PdfaRenderer().render(b.build());
    }

    /** A plain PDF (not PDF/A) of blank pages. */
    public static byte[] plainUpload(int pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A written paper of about {@code pages} pages. */
    public static String text(String title, int pages) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pages * 9; i++) {
            s.append("Paragraph ").append(i + 1).append(" of ").append(title).append(". ").append(PdfaRendererTest.LOREM).append("\n\n");
        }
        return s.toString();
    }

    static AgendaPack.Paper upload(String title, byte[] pdf) {
        return new AgendaPack.Paper(title, "version 1", null, () -> new ByteArrayInputStream(pdf));
    }

    /** 20 papers, half written, half PDF/A uploads, of about 10 pages each: a pack of a little over 200 pages. */
    public static AgendaPack large() {
        List<AgendaPack.Entry> entries = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            byte[] upload = pdfaUpload("Uploaded report " + i, 11);
            entries.add(new AgendaPack.Entry(String.valueOf(i), "Part 1", "Item " + i + " of business", "Director " + i,
                    "To note the reports", List.of(new AgendaPack.Paper("Written paper " + i, null, text("Written paper " + i, 11), null),
                            upload("Uploaded report " + i, upload))));
        }
        return new AgendaPack("Board meeting, 12 March 2026: agenda pack (confidential edition)", null,
                Instant.parse("2026-03-05T09:00:00Z"), List.of("Board meeting", "Thursday 12 March 2026 at 14:00", "Guildhall"), entries);
    }
}
