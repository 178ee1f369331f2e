package plv.report.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import plv.report.pdf.AgendaPack;

/** Agenda packs: PDF/A-2b by veraPDF, agenda page numbers that point at the papers, bookmarks, "Page X of Y" everywhere. */
class PackAssemblerTest {

    @Test
    void packIsPdfaWithAgendaPageNumbersBookmarksAndPageXofYOnEveryPage() throws IOException {
        AgendaPack pack = new AgendaPack("Board meeting, 12 March 2026: agenda pack (public edition)", null,
                Instant.parse("2026-03-05T09:00:00Z"), List.of("Board meeting", "Thursday 12 March 2026 at 14:00, Guildhall"),
                List.of(new AgendaPack.Entry("1", "Part 1", "Apologies", null, null, List.of()),
                        new AgendaPack.Entry("2", "Part 1", "Budget 2026/27", "Finance Director", "To approve the budget",
                                List.of(new AgendaPack.Paper("Budget report", "version 2", PackSample.text("Budget report", 3), null),
                                        PackSample.upload("Audited accounts", PackSample.pdfaUpload("Audited accounts", 2)))),
                        new AgendaPack.Entry("3", "Part 1", "Occupancy", "Programme Director", "To note",
                                List.of(PackSample.upload("Scanned letter", PackSample.plainUpload(2))))));
        byte[] pdf = assemble(pack);

        assertThat(PdfA.failedRules(pdf)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int total = doc.getNumberOfPages();
            PDFTextStripper strip = new PDFTextStripper();
            strip.setSuppressDuplicateOverlappingText(false);
            for (int p = 1; p <= total; p++) {
                assertThat(page(doc, strip, p)).contains("Page " + p + " of " + total);
            }
            String agenda = page(doc, strip, 2);
            assertThat(agenda).contains("Agenda", "Budget 2026/27 (Part 1). Presenter: Finance", "Decision sought: To approve the budget");
            // each paper starts on the page the agenda gives
            for (String title : List.of("Budget report", "Audited accounts", "Scanned letter")) {
                int at = pageInAgenda(agenda, title);
                assertThat(page(doc, strip, at)).as(title + " on page " + at).contains(title);
            }
            // the plain (not PDF/A) upload is replaced by a page that names it and says what to do
            String notice = page(doc, strip, pageInAgenda(agenda, "Scanned letter"));
            assertThat(notice).contains("not included in this pack", "not a PDF/A file", "new version of \"Scanned letter\"");
            // the PDF/A upload is carried in: its own text is in the pack
            assertThat(page(doc, strip, pageInAgenda(agenda, "Audited accounts"))).contains("Paragraph 1 of the uploaded paper Audited accounts");
            List<String> bookmarks = new java.util.ArrayList<>();
            for (PDOutlineItem i : doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(i.getTitle());
                i.children().forEach(c -> bookmarks.add("  " + c.getTitle()));
            }
            assertThat(bookmarks).containsExactly("Cover", "Agenda", "Item 2: Budget 2026/27", "  Budget report",
                    "  Audited accounts", "Item 3: Occupancy", "  Scanned letter");
        }
    }

    @Test
    void twoHundredPagesFromTwentyPapersAreValidPdfa() throws IOException {
        byte[] pdf = assemble(PackSample.large());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isBetween(200, 240);
        }
        assertThat(PdfA.failedRules(pdf)).isEmpty();
    }

    static byte[] assemble(AgendaPack pack) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfaPackAssembler().assemble(pack, out);
        return out.toByteArray();
    }

    private static String page(PDDocument doc, PDFTextStripper strip, int p) throws IOException {
        strip.setStartPage(p);
        strip.setEndPage(p);
        return strip.getText(doc);
    }

    /** The page number the agenda gives for a paper (the last number on its line). */
    private static int pageInAgenda(String agenda, String title) {
        for (String line : agenda.split("\\R")) {
            if (line.contains(title) && line.matches(".*\\s(\\d+)\\s*$")) {
                return Integer.parseInt(line.replaceAll(".*\\s(\\d+)\\s*$", "$1"));
            }
        }
        throw new AssertionError("No page for " + title + " in the agenda:\n" + agenda);
    }
}
