package plv.itest.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.annotation.bundle.Requirement;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.board.api.AgendaItem;
import plv.board.api.AttendanceStatus;
import plv.board.api.Capacity;
import plv.board.api.ItemDraft;
import plv.board.api.Meeting;
import plv.board.api.MeetingPlan;
import plv.board.api.MeetingStatus;
import plv.board.api.MeetingType;
import plv.board.api.Meetings;
import plv.itest.platform.Itest;

/**
 * The board over HTTP as an anonymous visitor: approved public minutes download without signing in, nothing else
 * of the board does (the API answers 401, minutes not yet approved are not found), and the meetings calendar is public.
 */
@Requirement(namespace = "osgi.identity", filter = "(osgi.identity=plv.board.web)")
@ExtendWith(ServiceExtension.class)
class BoardWebTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @InjectService(timeout = 30_000)
    static Meetings meetings;

    @Test
    void publicMinutesWithoutSignInAndNothingElse() throws Exception {
        Meeting m = meetings.plan(BoardTest.SECRETARY, new MeetingPlan(MeetingType.BOARD, "Web test meeting",
                LocalDateTime.of(BoardTest.YEAR + 1, 11, 5, 10, 0), "Guildhall", null));
        meetings.addItem(BoardTest.SECRETARY, m.id(), ItemDraft.open("Annual report", "The annual report was received."));
        AgendaItem exempt = meetings.addItem(BoardTest.SECRETARY, m.id(), ItemDraft.exempt("Bid from WEB-SECRET Ltd", 3,
                "Business affairs", "Procurement matter", "WEB-SECRET minute."));
        meetings.recordAttendance(BoardTest.SECRETARY, m.id(), "Zoë", null, Capacity.OFFICER, AttendanceStatus.PRESENT, null, null);
        Meeting draft = meetings.plan(BoardTest.SECRETARY, new MeetingPlan(MeetingType.GENERAL, "Draft web meeting",
                LocalDateTime.of(BoardTest.YEAR + 1, 11, 6, 10, 0), "Guildhall", null));

        meetings.changeStatus(BoardTest.SECRETARY, m.id(), MeetingStatus.HELD);
        meetings.approveMinutes(BoardTest.SECRETARY, m.id(), "Approved");

        HttpResponse<byte[]> pdf = getOnceServed("/public/minutes/" + m.id() + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("The annual report was received.", "Procurement matter",
                    "Exempt information: Schedule 12A paragraph " + exempt.exemptParagraph()).doesNotContain("WEB-SECRET");
        }
        assertThat(get("/public/minutes/" + draft.id() + ".pdf").statusCode()).isEqualTo(404);
        assertThat(get("/api/meetings").statusCode()).isEqualTo(401);
        assertThat(get("/api/meetings/" + m.id() + "/minutes.pdf?version=confidential").statusCode()).isEqualTo(401);
        HttpResponse<byte[]> ics = getOnceServed("/public/board/meetings.ics");
        assertThat(ics.statusCode()).isEqualTo(200);
        String feed = new String(ics.body(), java.nio.charset.StandardCharsets.UTF_8);
        // London local time, defined by the feed's own VTIMEZONE (RFC 5545 3.2.19: a TZID names a VTIMEZONE of the feed)
        assertThat(feed).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:Web test meeting", "BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n",
                "DTSTART;TZID=Europe/London:" + (BoardTest.YEAR + 1) + "1105T100000\r\n", "DURATION:PT2H\r\n").doesNotContain("WEB-SECRET");
        assertThat(feed.split("\r\n")).allSatisfy(l -> assertThat(l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    }

    /** GET, retrying while the board's servlets are still being registered (up to 15 seconds). */
    private static HttpResponse<byte[]> getOnceServed(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = get(path);
        for (int i = 0; i < 75 && r.statusCode() == 404; i++) {
            Thread.sleep(200);
            r = get(path);
        }
        return r;
    }

    private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + Itest.property("plv.http.port") + path);
        IOException last = null;
        for (int i = 0; i < 50; i++) {
            try {
                return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                last = e;
                Thread.sleep(200);
            }
        }
        throw last;
    }
}
