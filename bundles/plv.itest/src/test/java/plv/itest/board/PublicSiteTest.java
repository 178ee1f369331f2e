package plv.itest.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.annotation.bundle.Requirement;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.board.api.AgendaItem;
import plv.board.api.DirectorsRegister;
import plv.board.api.ItemDraft;
import plv.board.api.Meeting;
import plv.board.api.MeetingPlan;
import plv.board.api.MeetingStatus;
import plv.board.api.MeetingType;
import plv.board.api.Meetings;
import plv.board.api.MinutesEdition;
import plv.itest.platform.Itest;

/**
 * The public section over real HTTP without signing in, and the marker test: a unique marker is put in a Part 2
 * item (title, reason, presenter, decision sought, minute), a Part 2 paper, an exempt paper of a Part 1 item and a Part
 * 2 action, and a director's residential address; it must appear on no public page, in neither public PDF, nor in the
 * feed or calendar, while the confidential pack (read in-framework) shows it is there.
 */
@Requirement(namespace = "osgi.identity", filter = "(osgi.identity=plv.board.web)")
@ExtendWith(ServiceExtension.class)
class PublicSiteTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @InjectService(timeout = 30_000)
    static Meetings meetings;
    @InjectService(timeout = 30_000)
    static DirectorsRegister directors;

    @Test
    void publicPagesFeedAndPdfsWithoutSignInHoldNothingExempt() throws Exception {
        String mark = "EXEMPT-MARKER-" + Long.toHexString(System.nanoTime());
        LocalDate appointed = LocalDate.of(BoardTest.YEAR, 1, 2);
        var details = BoardTest.details("Public Register Person", appointed);
        directors.appoint(BoardTest.SECRETARY, new plv.board.api.DirectorDetails(details.name(), details.formerNames(),
                details.serviceAddress(), "9 Hidden Lane " + mark, details.countryOfResidence(), details.nationality(),
                details.occupation(), details.dateOfBirth(), details.nominatedBy(), details.role(), details.appointedOn()));
        Meeting m = meetings.plan(BoardTest.SECRETARY, new MeetingPlan(MeetingType.BOARD, "Public site meeting " + BoardTest.YEAR,
                LocalDateTime.of(BoardTest.YEAR + 1, 10, 8, 14, 0), "Guildhall", null));
        AgendaItem open = meetings.addItem(BoardTest.SECRETARY, m.id(), ItemDraft.open("Public budget item", "Budget noted.")
                .presentedBy("Finance Director", "To approve the budget"));
        AgendaItem part2 = meetings.addItem(BoardTest.SECRETARY, m.id(), ItemDraft.exempt("Acquisition " + mark, 3,
                "Reason " + mark, "Property matter", "Minute " + mark).presentedBy("Presenter " + mark, "Sought " + mark));
        meetings.writePaper(BoardTest.SECRETARY, part2.id(), "Valuation " + mark, "Valuation text " + mark, false, null);
        meetings.writePaper(BoardTest.SECRETARY, open.id(), "Appendix " + mark, "Salaries " + mark, true, 1);
        meetings.writePaper(BoardTest.SECRETARY, open.id(), "Budget paper", "The public budget text.", false, null);
        meetings.addAction(BoardTest.SECRETARY, part2.id(), "Action " + mark, "Owner " + mark, LocalDate.of(BoardTest.YEAR + 1, 11, 1));
        meetings.changeStatus(BoardTest.SECRETARY, m.id(), MeetingStatus.AGENDA_PUBLISHED);

        // the marker is there for those entitled: the test can fail
        ByteArrayOutputStream confidential = new ByteArrayOutputStream();
        meetings.pack(BoardTest.DIRECTOR, m.id(), MinutesEdition.CONFIDENTIAL, confidential);
        assertThat(text(confidential.toByteArray())).contains(mark);

        String page = body(served("/public/meetings/" + m.id()));
        assertThat(page).contains("Public budget item", "Property matter", "Schedule 12A paragraph 3", "Finance Director",
                "Budget paper", "pack.pdf").doesNotContain(mark);
        String pack = text(served("/public/meetings/" + m.id() + "/pack.pdf").body());
        assertThat(pack).contains("Property matter", "The public budget text.").doesNotContain(mark);

        meetings.changeStatus(BoardTest.SECRETARY, m.id(), MeetingStatus.HELD);
        meetings.approveMinutes(BoardTest.SECRETARY, m.id(), "Approved");
        String minutes = text(served("/public/minutes/" + m.id() + ".pdf").body());
        assertThat(minutes).contains("Budget noted.", "Property matter").doesNotContain(mark);

        for (String path : List.of("/public", "/public/meetings", "/public/meetings/" + m.id(), "/public/minutes",
                "/public/decisions", "/public/resolutions", "/public/registers", "/public/feed.atom", "/public/board/meetings.ics")) {
            HttpResponse<byte[]> r = served(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(body(r)).as(path).doesNotContain(mark);
        }
        assertThat(text(served("/public/meetings/" + m.id() + "/pack.pdf").body())).doesNotContain(mark);
        String registers = body(served("/public/registers"));
        assertThat(registers).contains("Public Register Person", "May 1970").doesNotContain("Hidden Lane", "1970-05-23", "23 May");
        String feed = body(served("/public/feed.atom"));
        assertThat(feed).startsWith("<?xml").contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">",
                "Minutes approved: Public site meeting " + BoardTest.YEAR, "/public/minutes/" + m.id() + ".pdf");

        // only the public section is open: the board's pages and API still need a sign-in
        assertThat(get("/board/meetings/" + m.id()).statusCode()).isIn(302, 303, 401);
        assertThat(get("/api/meetings/" + m.id() + "/pack.pdf?version=public").statusCode()).isEqualTo(401);
        assertThat(get("/public/meetings/" + m.id() + "/minutes.pdf").statusCode()).isNotEqualTo(200);
        assertThat(get("/public/meetings/999999999").statusCode()).isEqualTo(404);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static String body(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /** GET, retrying while the public routes are still being registered (up to 15 seconds). */
    private static HttpResponse<byte[]> served(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = get(path);
        for (int i = 0; i < 75 && r.statusCode() != 200; i++) {
            Thread.sleep(200);
            r = get(path);
        }
        return r;
    }

    private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + Itest.property("plv.http.port") + path);
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
