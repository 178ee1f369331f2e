package plv.board.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import plv.board.api.AgendaItem;
import plv.board.api.Meeting;
import plv.board.api.MeetingStatus;
import plv.board.api.MeetingType;
import plv.board.api.MinutesEdition;
import plv.board.api.Paper;
import plv.report.pdf.AgendaPack;
import plv.report.pdf.ReportDocument;
import plv.report.pdf.internal.PdfA;
import plv.report.pdf.internal.PdfaPackAssembler;
import plv.report.pdf.internal.PdfaRenderer;

/**
 * Both editions of a meeting's pack as veraPDF checks them: the confidential edition holds Part 2 business and exempt
 * papers; the public edition (made, as the service makes it, from the public view) holds none of their text.
 */
class PackContentTest {
    static final String MARKER = "PACK-MARKER-7f3c";

    @Test
    void publicEditionHoldsNothingExemptAndBothArePdfa() throws IOException {
        byte[] upload = new PdfaRenderer().render(ReportDocument.builder("Budget report").heading("Budget report")
                .paragraph("The budget for 2026/27 balances.").build());
        Map<Long, byte[]> contents = Map.of(11L, upload, 12L, ("Salaries " + MARKER + " appendix.").getBytes(StandardCharsets.UTF_8),
                13L, ("Bid scores " + MARKER + " evaluation.").getBytes(StandardCharsets.UTF_8));
        AgendaItem budget = new AgendaItem(1, 1, "Budget 2026/27", "Budget 2026/27", false, null, null, null, null,
                List.of(new Paper(11, "Budget report", "budget.pdf", "application/pdf", "x", upload.length, 11, 2, false, null, false),
                        new Paper(12, "Confidential appendix", "a.txt", "text/plain; charset=UTF-8", "y", 10, 12, 1, true, 1, true)),
                List.of(), null, true, null, "Finance Director", "To approve the budget");
        AgendaItem contract = new AgendaItem(2, 2, "Contract award to " + MARKER + " Ltd", "Construction contract", true, 3,
                "Business affairs", null, null,
                List.of(new Paper(13, "Evaluation", "e.txt", "text/plain; charset=UTF-8", "z", 10, 13, 1, true, 3, true)),
                List.of(), null, true, null, "Programme Director " + MARKER, "To award the contract " + MARKER);
        Meeting m = new Meeting(5, MeetingType.BOARD, "Board meeting", LocalDateTime.of(2026, 3, 12, 14, 0), "Guildhall", null,
                MeetingStatus.AGENDA_PUBLISHED, List.of(budget, contract), List.of(), List.of(), List.of(), 0, null,
                LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 5));

        String confidential = text(pack(m, MinutesEdition.CONFIDENTIAL, contents));
        assertThat(confidential).contains("confidential edition", "CONFIDENTIAL EDITION", MARKER, "Programme Director",
                "Confidential appendix", "The budget for 2026/27 balances.", "Agenda and papers sent on 5 March 2026");

        String publicText = text(pack(PublicView.of(m), MinutesEdition.PUBLIC, contents));
        assertThat(publicText).contains("public edition", "Construction contract", "Part 2, exempt: Schedule 12A paragraph 3",
                "Budget report", "The budget for 2026/27 balances.", "Finance Director")
                .doesNotContain(MARKER, "Confidential appendix", "Programme Director", "Evaluation", "Bid scores");
    }

    private static byte[] pack(Meeting m, MinutesEdition edition, Map<Long, byte[]> contents) {
        AgendaPack pack = PackContent.of(m, edition, Instant.parse("2026-03-05T09:00:00Z"),
                id -> () -> new ByteArrayInputStream(contents.get(id)), id -> new String(contents.get(id), StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfaPackAssembler().assemble(pack, out);
        byte[] pdf = out.toByteArray();
        assertThat(PdfA.failedRules(pdf)).as(edition + " edition").isEmpty();
        return pdf;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
