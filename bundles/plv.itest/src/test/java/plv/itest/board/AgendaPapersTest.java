package plv.itest.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.board.api.AgendaItem;
import plv.board.api.BoardDeadline;
import plv.board.api.BoardDeadlines;
import plv.board.api.ItemDraft;
import plv.board.api.Meeting;
import plv.board.api.MeetingPlan;
import plv.board.api.MeetingType;
import plv.board.api.Meetings;
import plv.board.api.MinutesEdition;
import plv.board.api.Paper;
import plv.platform.api.AccessDeniedException;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.AuditTrail;

/**
 * Building an agenda in the real framework, on this run's database: presenter and decision sought, items moved,
 * uploads checked to be PDFs within the size limit, written papers, versions, a paper's own confidentiality, and the
 * dispatch deadline (5 clear days) on the deadlines until the papers are recorded as sent.
 */
@ExtendWith(ServiceExtension.class)
class AgendaPapersTest {

    @InjectService(timeout = 30_000)
    static Meetings meetings;
    @InjectService(timeout = 30_000)
    static BoardDeadlines deadlines;
    @InjectService(timeout = 30_000)
    static AuditTrail audit;

    @Test
    void agendaWithPapersVersionsConfidentialityAndDispatchDeadline() throws IOException {
        LocalDate day = LocalDate.now().plusDays(30);
        Meeting m = meetings.plan(BoardTest.SECRETARY, new MeetingPlan(MeetingType.BOARD, "Agenda itest " + BoardTest.YEAR,
                day.atTime(14, 0), "Guildhall", null));
        AgendaItem budget = meetings.addItem(BoardTest.SECRETARY, m.id(), ItemDraft.open("Budget 2027/28", null)
                .presentedBy("Finance Director", "To approve the budget"));
        AgendaItem contract = meetings.addItem(BoardTest.SECRETARY, m.id(), ItemDraft.exempt("Contract with Acme", 3,
                "Business affairs of bidders", "Construction contract", null).presentedBy("Programme Director", "To award"));
        AgendaItem welcome = meetings.addItem(BoardTest.SECRETARY, m.id(), ItemDraft.open("Welcome and apologies", null));
        assertThat(budget.presenter()).isEqualTo("Finance Director");
        assertThat(budget.decisionSought()).isEqualTo("To approve the budget");

        // items in order: welcome moves to the top, the others move down one
        meetings.moveItem(BoardTest.SECRETARY, welcome.id(), 1);
        assertThat(meetings.meeting(BoardTest.SECRETARY, m.id()).items()).extracting(AgendaItem::title)
                .containsExactly("Welcome and apologies", "Budget 2027/28", "Contract with Acme");
        assertThatThrownBy(() -> meetings.moveItem(BoardTest.SECRETARY, welcome.id(), 9)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("position").hasMessageContaining("from 1 to 3");

        // uploads: a PDF, checked; not a PDF or too large refused with the field named, nothing stored
        byte[] pdf = pdf(2);
        Paper report = meetings.uploadPaper(BoardTest.SECRETARY, budget.id(), "Budget report", "budget.pdf", pdf, false, null);
        assertThat(report.pdf()).isTrue();
        assertThat(report.version()).isEqualTo(1);
        assertThat(report.exempt()).isFalse();
        assertThatThrownBy(() -> meetings.uploadPaper(BoardTest.SECRETARY, budget.id(), "Fake", "fake.pdf",
                "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8), false, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("file").hasMessageContaining("not a PDF");
        byte[] truncated = java.util.Arrays.copyOf(pdf, 40);
        assertThatThrownBy(() -> meetings.uploadPaper(BoardTest.SECRETARY, budget.id(), "Broken", "broken.pdf", truncated, false, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("file");
        byte[] huge = new byte[(int) Paper.MAX_BYTES + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.ISO_8859_1), 0, huge, 0, 8);
        assertThatThrownBy(() -> meetings.uploadPaper(BoardTest.SECRETARY, budget.id(), "Huge", "huge.pdf", huge, false, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 25 MB");
        // a Part 1 item's exempt appendix needs its paragraph
        assertThatThrownBy(() -> meetings.writePaper(BoardTest.SECRETARY, budget.id(), "Appendix", "x", true, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("exemptParagraph");
        Paper appendix = meetings.writePaper(BoardTest.SECRETARY, budget.id(), "Confidential appendix",
                "AGENDA-ITEST-SECRET salaries.", true, 1);
        Paper evaluation = meetings.writePaper(BoardTest.SECRETARY, contract.id(), "Evaluation", "Scores.", false, null);
        assertThat(evaluation.exempt()).isTrue(); // a Part 2 item's paper is exempt whatever was asked
        assertThat(evaluation.exemptParagraph()).isEqualTo(3);
        assertThat(evaluation.written()).isTrue();

        // versions: the item shows the newest, every version stays readable
        Paper v2 = meetings.revisePaper(BoardTest.SECRETARY, report.id(), "budget-v2.pdf", pdf(3), null);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.paperId()).isEqualTo(report.paperId());
        assertThat(meetings.paperVersions(BoardTest.SECRETARY, report.id())).extracting(Paper::version).containsExactly(1, 2);
        assertThat(meetings.paperContent(BoardTest.VIEWER, report.id())).isEqualTo(pdf);
        AgendaItem budgetNow = item(meetings.meeting(BoardTest.SECRETARY, m.id()), budget.id());
        assertThat(budgetNow.papers()).extracting(Paper::title, Paper::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Budget report", 2),
                        org.assertj.core.groups.Tuple.tuple("Confidential appendix", 1));
        assertThatThrownBy(() -> meetings.revisePaper(BoardTest.SECRETARY, appendix.id(), null, null, " "))
                .isInstanceOf(ValidationException.class).hasMessageContaining("text");

        // its own confidentiality: a viewer sees the Part 1 item without its exempt appendix, and cannot read it
        AgendaItem forViewer = item(meetings.meeting(BoardTest.VIEWER, m.id()), budget.id());
        assertThat(forViewer.papers()).extracting(Paper::title).containsExactly("Budget report");
        assertThat(meetings.meeting(BoardTest.VIEWER, m.id()).toString()).doesNotContain("AGENDA-ITEST-SECRET", "Programme Director");
        assertThatThrownBy(() -> meetings.paperContent(BoardTest.VIEWER, appendix.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.paperVersions(BoardTest.VIEWER, appendix.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(meetings.paperContent(BoardTest.DIRECTOR, appendix.id())).asString(StandardCharsets.UTF_8)
                .contains("AGENDA-ITEST-SECRET");
        assertThatThrownBy(() -> meetings.writePaper(BoardTest.VIEWER, budget.id(), "x", "y", false, null))
                .isInstanceOf(AccessDeniedException.class);

        // dispatch: 5 clear days before the meeting, on the deadlines until the papers are sent
        Meeting planned = meetings.meeting(BoardTest.SECRETARY, m.id());
        assertThat(planned.papersDueBy()).isEqualTo(day.minusDays(6));
        String title = "Send the agenda and papers for the Agenda itest " + BoardTest.YEAR;
        assertThat(deadlines.upcoming(BoardTest.SECRETARY, LocalDate.now(), 60)).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo(BoardDeadline.Kind.PAPERS_DISPATCH);
            assertThat(d.title()).startsWith(title);
            assertThat(d.due()).isEqualTo(day.minusDays(6));
        });
        assertThatThrownBy(() -> meetings.recordPapersSent(BoardTest.SECRETARY, m.id(), day.plusDays(1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("sentOn");
        Meeting sent = meetings.recordPapersSent(BoardTest.SECRETARY, m.id(), day.minusDays(4));
        assertThat(sent.papersSentOn()).isEqualTo(day.minusDays(4));
        assertThat(deadlines.upcoming(BoardTest.SECRETARY, LocalDate.now(), 60))
                .noneMatch(d -> d.kind() == BoardDeadline.Kind.PAPERS_DISPATCH && d.title().startsWith(title));
        assertThat(audit.forRecord("meeting", String.valueOf(m.id()))).extracting(a -> a.action()).contains("send-papers");
        assertThat(audit.forRecord("paper", String.valueOf(report.id()))).extracting(a -> a.action())
                .contains("upload-paper", "revise-paper");

        // packs: the confidential edition holds the exempt appendix, the public edition nothing exempt
        String confidential = packText(BoardTest.DIRECTOR, m.id(), MinutesEdition.CONFIDENTIAL);
        assertThat(confidential).contains("AGENDA-ITEST-SECRET", "Contract with Acme", "Scores.", "Budget report");
        String publicPack = packText(BoardTest.VIEWER, m.id(), MinutesEdition.PUBLIC);
        assertThat(publicPack).contains("Budget 2027/28", "Construction contract", "Budget report")
                .doesNotContain("AGENDA-ITEST-SECRET", "Contract with Acme", "Scores.", "Programme Director");
        assertThatThrownBy(() -> meetings.pack(BoardTest.VIEWER, m.id(), MinutesEdition.CONFIDENTIAL, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.pack(null, m.id(), MinutesEdition.CONFIDENTIAL, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        // not signed in: only once the agenda is published
        assertThatThrownBy(() -> meetings.pack(null, m.id(), MinutesEdition.PUBLIC, new ByteArrayOutputStream()))
                .isInstanceOf(plv.platform.api.NotFoundException.class);
        meetings.changeStatus(BoardTest.SECRETARY, m.id(), plv.board.api.MeetingStatus.AGENDA_PUBLISHED);
        assertThat(packText(null, m.id(), MinutesEdition.PUBLIC)).contains("Construction contract").doesNotContain("AGENDA-ITEST-SECRET");
    }

    private static String packText(plv.platform.api.Actor actor, long meetingId, MinutesEdition edition) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        meetings.pack(actor, meetingId, edition, out);
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static AgendaItem item(Meeting m, long id) {
        return m.items().stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    static byte[] pdf(int pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
