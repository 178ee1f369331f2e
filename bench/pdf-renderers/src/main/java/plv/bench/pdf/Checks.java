package plv.bench.pdf;

import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;

import plv.report.pdf.Block;
import plv.report.pdf.PdfRenderer;
import plv.report.pdf.ReportDocument;
import plv.report.pdf.internal.PdfA;
import plv.report.pdf.internal.PdfaRenderer;

/**
 * What the minutes need besides speed, asked of both renderers: a table row longer than a page (a long note in the
 * vote table), the empty signature field that approved minutes carry for the chair's PAdES signature, and text with
 * characters DejaVu Sans lacks. Prints pages, what came out, and veraPDF's PDF/A-2b verdict for each.
 */
public final class Checks {
    private Checks() {
    }

    public static void main(String[] args) throws Exception {
        PdfRenderer own = new PdfaRenderer();
        PdfRenderer html = new HtmlRenderer(false);

        StringBuilder note = new StringBuilder();
        for (int i = 1; i <= 90; i++) {
            note.append("(L").append(i).append(") a line of a long note in one table cell\n");
        }
        ReportDocument longRow = ReportDocument.builder("A table row longer than a page").created(Instant.EPOCH)
                .heading("Votes").table(List.of("Director", "Vote", "Note"), List.of(3, 1, 4),
                        List.of(List.of("A", "for", ""), List.of("B", "for", note.toString().trim()), List.of("(END)", "for", "")))
                .build();
        ReportDocument signed = ReportDocument.builder("Approved minutes").created(Instant.EPOCH)
                .heading("Item 1").paragraph("RESOLVED: agreed.", Block.Style.BOLD)
                .paragraph("Signed for the chair as a correct record, electronically:")
                .add(new Block.SignatureSpace("Chair")).build();
        ReportDocument missing = ReportDocument.builder("Characters the font lacks").created(Instant.EPOCH)
                .heading("Names").paragraph("Mr 王 and Ms 佐藤 (CJK), a check mark ✔ and an emoji \uD83D\uDE00.").build();

        for (var r : List.of(new Object[] { "own layout", own }, new Object[] { "HTML/CSS", html })) {
            String name = (String) r[0];
            PdfRenderer renderer = (PdfRenderer) r[1];
            System.out.println(name + ":");
            byte[] a = renderer.render(longRow);
            String file = name.startsWith("own") ? "own" : "html";
            java.nio.file.Files.write(java.nio.file.Path.of("target", "check-long-row-" + file + ".pdf"), a);
            try (var d = Loader.loadPDF(a)) {
                String text = new PDFTextStripper().getText(d);
                int found = 0;
                for (int i = 1; i <= 90; i++) {
                    found += text.contains("(L" + i + ")") ? 1 : 0;
                }
                System.out.printf("  row of 90 lines: %d pages, %d of 90 lines printed, row after it printed: %s; %s%n",
                        d.getNumberOfPages(), found, text.contains("(END)"), verdict(a));
            }
            byte[] b = renderer.render(signed);
            java.nio.file.Files.write(java.nio.file.Path.of("target", "check-signature-" + file + ".pdf"), b);
            try (var d = Loader.loadPDF(b)) {
                var form = d.getDocumentCatalog().getAcroForm(null);
                boolean field = form != null && form.getFields().stream().anyMatch(f -> f instanceof PDSignatureField);
                System.out.printf("  approved minutes: signature field for a PAdES signature: %s; %s%n", field ? "yes" : "no", verdict(b));
            }
            byte[] c = renderer.render(missing);
            try (var d = Loader.loadPDF(c)) {
                String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ").trim();
                int at = text.indexOf("Mr ");
                System.out.printf("  characters the font lacks come out as: \"%s\"; %s%n",
                        at < 0 ? text : text.substring(at, Math.min(text.length(), at + 60)), verdict(c));
            }
        }
    }

    private static String verdict(byte[] pdf) {
        List<String> failed = PdfA.failedRules(pdf);
        return "veraPDF PDF/A-2b " + (failed.isEmpty() ? "PASS" : "FAIL " + failed);
    }
}
