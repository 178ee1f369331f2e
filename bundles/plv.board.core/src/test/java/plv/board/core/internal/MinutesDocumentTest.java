package plv.board.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import plv.board.api.Action;
import plv.board.api.AgendaItem;
import plv.board.api.Attendance;
import plv.board.api.AttendanceStatus;
import plv.board.api.Capacity;
import plv.board.api.Decision;
import plv.board.api.Interest;
import plv.board.api.Meeting;
import plv.board.api.MeetingStatus;
import plv.board.api.MeetingType;
import plv.board.api.MinutesEdition;
import plv.board.api.Paper;
import plv.report.pdf.internal.PdfA;
import plv.report.pdf.internal.PdfaRenderer;

class MinutesDocumentTest {
    private static final PdfaRenderer RENDERER = new PdfaRenderer();

    static Meeting meeting() {
        AgendaItem open = new AgendaItem(1, 1, "Minutes of the previous meeting", "Minutes of the previous meeting", false,
                null, null, "The minutes of 12 January were agreed as a correct record.", 7L, List.of(), List.of(),
                new Decision("That the minutes be approved.", "Zoë Brontë", "Órla Ní Bhriain", true, 0, 0, 0, List.of()), true);
        AgendaItem exempt = new AgendaItem(2, 2, "Secure Children's Home: award of the build contract to Acme Build Ltd",
                "Secure Children's Home: construction contract", true, 3,
                "Information about the financial or business affairs of bidders", "SECRET-TENDER-TEXT: Acme Build bid £41.7m.",
                null, List.of(new Paper(9, "Tender evaluation", "evaluation.pdf", "application/pdf", "ab12cd", 1000)),
                List.of(new Interest("Łukasz Wójcik", "SECRET-INTEREST: spouse works for a bidder", true)),
                new Decision("SECRET-RESOLUTION: award to Acme Build Ltd", "Zoë Brontë", "Ödön Erdős", false, 4, 1, 0,
                        List.of("Łukasz Wójcik")), true);
        AgendaItem later = new AgendaItem(3, 3, "Occupancy report", "Occupancy report", false, null, null,
                "Occupancy was 21 of 24 places.", null, List.of(), List.of(), null, false);
        List<Attendance> people = List.of(
                new Attendance(1, "Zoë Brontë", 1L, Capacity.DIRECTOR, AttendanceStatus.PRESENT, null, null),
                new Attendance(2, "Łukasz Wójcik", 2L, Capacity.DIRECTOR, AttendanceStatus.PRESENT, null, null),
                new Attendance(3, "Úna Ó Súilleabháin", null, Capacity.OFFICER, AttendanceStatus.IN_ATTENDANCE, 2, 2));
        List<Action> actions = List.of(
                new Action(1, 5, 3, "Report occupancy by borough", "Órla Ní Bhriain", LocalDate.of(2026, 4, 1), null, false),
                new Action(2, 5, 2, "SECRET-ACTION: negotiate retention", "Ödön Erdős", LocalDate.of(2026, 4, 1), null, true));
        return new Meeting(5, MeetingType.BOARD, "Board meeting", LocalDateTime.of(2026, 3, 12, 14, 0), "Guildhall, London",
                null, MeetingStatus.HELD, List.of(open, exempt, later), people, actions, List.of(), 0);
    }

    @Test
    void publicMinutesShowPart2ItemsByApprovedTitleAndParagraphOnly() throws IOException {
        byte[] pdf = RENDERER.render(MinutesDocument.build(meeting(), MinutesEdition.PUBLIC, false, Instant.now()));
        assertThat(PdfA.failedRules(pdf)).isEmpty();
        String text = text(pdf);
        assertThat(text).contains("2. Secure Children's Home: construction contract",
                "Exempt information: Schedule 12A paragraph 3", "Occupancy was 21 of 24 places.", "Report occupancy by borough",
                "Zoë Brontë", "Łukasz Wójcik", "Page 1 of");
        assertThat(text).doesNotContain("SECRET", "Acme", "£41.7m", "evaluation.pdf", "ab12cd", "Úna Ó Súilleabháin",
                "Súilleabháin", "For 4", "Did not vote", "financial or business affairs", "DRAFT");
    }

    @Test
    void confidentialMinutesHaveEverythingAndDraftsAWatermark() throws IOException {
        byte[] pdf = RENDERER.render(MinutesDocument.build(meeting(), MinutesEdition.CONFIDENTIAL, true, Instant.now()));
        assertThat(PdfA.failedRules(pdf)).isEmpty();
        String text = text(pdf);
        assertThat(text).contains("SECRET-TENDER-TEXT", "SECRET-INTEREST", "SECRET-RESOLUTION", "SECRET-ACTION",
                "evaluation.pdf", "Súilleabháin", "For 4, against 1, abstentions 0: carried", "Łukasz Wójcik",
                "not quorate for this item", "DRAFT", "CONFIDENTIAL");
    }

    @Test
    void aCorrectedVersionSaysWhatChangedAndWhereTheCorrectionWasApproved() throws IOException {
        List<MinutesDocument.Correction> corrections = List.of(
                new MinutesDocument.Correction(3, false, "Occupancy was 12 of 24 places.", "Occupancy was 21 of 24 places.",
                        "Typing error in the figure", "the meeting of 14 May 2026 (item 4)", 2),
                new MinutesDocument.Correction(2, true, "SECRET-OLD", "SECRET-NEW", "Wrong bidder named",
                        "the meeting of 14 May 2026 (item 5)", 3));
        String publicText = text(RENDERER.render(MinutesDocument.build(meeting(), MinutesEdition.PUBLIC, false, Instant.now(), corrections)));
        assertThat(publicText).contains("Corrections to these minutes", "Version 2: item 3 corrected, as approved at", "the meeting of 14 May 2026",
                "Reason: Typing error in the figure", "Was: Occupancy was 12 of 24 places.", "Now: Occupancy was 21 of 24 places.",
                "earlier versions of the minutes are kept unchanged", "Version 3: item 2 corrected", "not published")
                .doesNotContain("SECRET");
        assertThat(text(RENDERER.render(MinutesDocument.build(meeting(), MinutesEdition.CONFIDENTIAL, false, Instant.now(), corrections))))
                .contains("Was: SECRET-OLD", "Now: SECRET-NEW");
    }


    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
