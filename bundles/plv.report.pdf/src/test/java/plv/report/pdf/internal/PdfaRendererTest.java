package plv.report.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import plv.report.pdf.Block;
import plv.report.pdf.ReportDocument;

class PdfaRendererTest {
    private static final PdfaRenderer RENDERER = new PdfaRenderer();

    static final String LOREM = "The board considered the report of the Director of Children's Services on the"
            + " Secure Children's Home, its step-down provision and the placements of children from member councils,"
            + " the occupancy forecast and the fees payable by members once the home opens.";

    @Test
    void everyDocumentCarriesTheCompanysNameAndTheStatementNamingTheRelevantAuthorities() throws Exception {
        assertThat(ReportDocument.COMPANY).isEqualTo("Pan London Vehicle for Children's Complex Commissioning Ltd");
        plv.report.pdf.CompanyStatement company = new plv.report.pdf.CompanyStatement() {
            public String companyName() {
                return ReportDocument.COMPANY;
            }

            public String headerLine() {
                return "A company controlled by local authorities (Part V, Local Government and Housing Act 1989)";
            }

            public String statement() {
                return "The relevant authorities are: Barnet, Camden.";
            }
        };
        byte[] pdf = new PdfaRenderer(company).render(ReportDocument.builder("Notice").paragraph("Body.").build());
        assertThat(PdfA.failedRules(pdf)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Pan London Vehicle for Children's Complex Commissioning Ltd",
                    "A company controlled by local authorities (Part V", "The relevant authorities are: Barnet, Camden.");
        }
    }

    @Test
    void shortDocumentIsPdfA2bWithMetadataHeaderAndAccentedNames() throws Exception {
        byte[] pdf = RENDERER.render(ReportDocument.builder("Minutes of the board, 12 March 2026")
                .author("Company secretary").created(Instant.parse("2026-03-12T10:15:30.123Z"))
                .heading("1. Apologies")
                .paragraph("Apologies were received from Zoë Brontë, Órla Ní Bhriain, Łukasz Wójcik and Ödön Erdős (ő ú).")
                .table(List.of("Name", "Attendance"), List.of(3, 1), List.of(List.of("Zoë Brontë", "present"),
                        List.of("Ödön Erdős", "apologies")))
                .build());

        assertThat(PdfA.failedRules(pdf)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Zoë Brontë", "Órla Ní Bhriain", "Łukasz Wójcik", "Ödön Erdős", "(ő ú)")
                    .contains(ReportDocument.COMPANY)
                    .contains(ReportDocument.LOCAL_AUTHORITY_STATEMENT)
                    .contains("Page 1 of 1")
                    .doesNotContain("DRAFT");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Minutes of the board, 12 March 2026");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Company secretary");
            org.apache.xmpbox.XMPMetadata xmp;
            try {
                xmp = new org.apache.xmpbox.xml.DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
            } catch (org.apache.xmpbox.xml.XmpParsingException e) {
                throw new AssertionError(e);
            }
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("Minutes of the board, 12 March 2026");
            assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly("Company secretary");
            assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).isEqualTo(Instant.parse("2026-03-12T10:15:30Z"));
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
            assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
            assertThat(doc.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle()).isEqualTo("1. Apologies");
        }
    }

    @Test
    void draftCarriesWatermarkAndStillConforms() throws IOException {
        byte[] pdf = RENDERER.render(ReportDocument.builder("Draft minutes").draft(true)
                .heading("Item").paragraph(LOREM).build());
        assertThat(PdfA.failedRules(pdf)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("DRAFT");
        }
    }

    @Test
    void charactersTheFontLacksBecomeQuestionMarksInsteadOfBreakingTheFile() throws IOException {
        // U+4E2D and U+20000 (CJK, the second outside the first plane) are not in DejaVu Sans; U+1F600 is
        byte[] pdf = RENDERER.render(ReportDocument.builder("Odd text")
                .paragraph("Emoji \uD83D\uDE00 and CJK \u4E2D \uD840\uDC00\tend\u0007.").build());
        assertThat(PdfA.failedRules(pdf)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Emoji \uD83D\uDE00 and CJK ? ? end.");
        }
    }

    @Test
    void aWordOfCharactersOutsideTheFirstPlaneIsBrokenBetweenCharactersNeverInsideOne() throws IOException {
        String smiles = "\uD83D\uDE00".repeat(200);
        byte[] pdf = RENDERER.render(ReportDocument.builder("Wide").paragraph(smiles).build());
        assertThat(PdfA.failedRules(pdf)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).doesNotContain("?").doesNotContain("\uFFFD");
            assertThat(text.codePoints().filter(cp -> cp == 0x1F600).count()).isEqualTo(200);
            assertThat(text.lines().filter(l -> l.contains("\uD83D\uDE00")).count()).isGreaterThan(1);
        }
    }

    @Test
    void longDocumentPaginatesEveryLineOnceInOrderWithoutOverlaps() throws IOException {
        ReportDocument document = LongDocument.minutes(30, false);
        byte[] pdf = RENDERER.render(document);

        assertThat(PdfA.failedRules(pdf)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(40);
            String text = new PDFTextStripper().getText(doc);
            // every numbered sentence and table cell of the input appears exactly once, in order
            int at = -1;
            for (String marker : LongDocument.markers(document)) {
                int found = text.indexOf(marker);
                assertThat(found).as(marker).isGreaterThan(at);
                assertThat(text.indexOf(marker, found + 1)).as(marker + " twice").isEqualTo(-1);
                at = found;
            }
            assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages);
            assertThat(noOverlappingLines(doc)).isEmpty();
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).hasSize(31).startsWith("Attendance", "Item 1. Matter number 1").endsWith("Item 30. Matter number 30");
        }
    }

    /** Lines of text on a page whose glyph boxes overlap vertically: baselines closer than the taller font. */
    static List<String> noOverlappingLines(PDDocument doc) throws IOException {
        List<String> problems = new ArrayList<>();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            Map<Float, Float> lineHeights = new TreeMap<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition t : positions) {
                        lineHeights.merge(Math.round(t.getYDirAdj() * 2) / 2f, t.getFontSizeInPt(), Math::max);
                    }
                }
            };
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            stripper.getText(doc);
            Float prevY = null;
            float prevSize = 0;
            for (Map.Entry<Float, Float> line : lineHeights.entrySet()) {
                if (prevY != null && line.getKey() - prevY < 0.95f * Math.max(prevSize, line.getValue())) {
                    problems.add("page " + p + ": lines at " + prevY + " and " + line.getKey());
                }
                prevY = line.getKey();
                prevSize = line.getValue();
            }
        }
        return problems;
    }

    @Test
    void tableRowTallerThanAPageContinuesOnTheNextPages() throws IOException {
        String huge = String.join("\n", java.util.Collections.nCopies(150, "line of a very long cell"));
        byte[] pdf = RENDERER.render(ReportDocument.builder("Tall row")
                .add(new Block.Table(List.of("A", "B"), List.of(1, 1), List.of(List.of(huge, "short")))).build());
        assertThat(PdfA.failedRules(pdf)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text.split("line of a very long cell", -1)).hasSize(151);
            assertThat(noOverlappingLines(doc)).isEmpty();
        }
    }
}
