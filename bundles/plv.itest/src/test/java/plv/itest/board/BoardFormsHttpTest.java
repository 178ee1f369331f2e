package plv.itest.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.board.api.AgendaItem;
import plv.board.api.Director;
import plv.board.api.DirectorRole;
import plv.board.api.DirectorsRegister;
import plv.board.api.ItemDraft;
import plv.board.api.Meeting;
import plv.board.api.MeetingPlan;
import plv.board.api.MeetingType;
import plv.board.api.Meetings;
import plv.itest.platform.WebSession;
import plv.platform.api.Role;
import plv.platform.security.api.NewUser;
import plv.platform.security.api.UserDirectory;

/**
 * The board's forms over HTTP as the browser posts them, each to its own address: a good form is carried out and
 * redirects to its page; a bad date, number or file is refused with 400 and the same page, the error beside the field
 * of the form that was sent (on the meeting page, the item's form, opened) and what was typed, and nothing is saved; a
 * stale version is a 409; a viewer's post is refused with 403; an item of another meeting is not found.
 */
@ExtendWith(ServiceExtension.class)
class BoardFormsHttpTest {
    /** A year no other board test plans meetings or appoints directors in (the demo test counts those of YEAR + 1). */
    static final int YEAR = BoardTest.YEAR + 3;
    /** The password the test's users sign in with. */
    private static final String PASSWORD = "a long enough password for retention";

    @InjectService(timeout = 30_000)
    static DirectorsRegister directors;
    @InjectService(timeout = 30_000)
    static Meetings meetings;
    @InjectService(timeout = 30_000)
    static UserDirectory users;

    static String newUser(Role role) {
        String name = role.id() + ".forms." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        users.create(BoardTest.SECRETARY, new NewUser(name, "Board forms " + name, role, null, PASSWORD));
        return name;
    }

    @Test
    void aDirectorIsAppointedThroughTheFormAndABadDateSavesNothing() throws Exception {
        var secretary = WebSession.signedIn(newUser(Role.SECRETARY), PASSWORD);
        String name = "Forms Itest " + ThreadLocalRandom.current().nextInt(1 << 30);
        secretary.get("/board/directors");
        String fields = "name=" + enc(name) + "&serviceAddress=1+Street&countryOfResidence=England&nationality=British"
                + "&occupation=Director&role=DIRECTOR&residentialAddress=2+Home+Street";

        HttpResponse<String> refused = post(secretary, "/board/directors", fields + "&dateOfBirth=1970-02-30&appointedOn=" + YEAR + "-01-05");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"appoint-dateOfBirth-error\"", "Date of birth: enter a real date",
                "value=\"1970-02-30\"", "value=\"" + name + "\"");
        assertThat(directors.directors(BoardTest.SECRETARY)).extracting(Director::name).doesNotContain(name);

        HttpResponse<String> done = post(secretary, "/board/directors", fields + "&dateOfBirth=1970-04-23&appointedOn=" + YEAR + "-01-05");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(303);
        Director d = directors.directors(BoardTest.SECRETARY).stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/board/directors/" + d.id());
        assertThat(d.bornIn()).hasToString("1970-04");

        // the role form: a stale version is refused as a concurrent change, the current one is carried out
        secretary.get("/board/directors/" + d.id());
        assertThat(post(secretary, "/board/directors/" + d.id() + "/role", "role=CHAIR&from=" + YEAR + "-02-01&version=" + (d.version() + 7))
                .statusCode()).isEqualTo(409);
        assertThat(post(secretary, "/board/directors/" + d.id() + "/role", "role=CHAIR&from=" + YEAR + "-02-01&version=" + d.version())
                .statusCode()).isEqualTo(303);
        assertThat(directors.director(BoardTest.SECRETARY, d.id()).role()).isEqualTo(DirectorRole.CHAIR);
        // the form's address shows its page
        HttpResponse<String> get = secretary.http.send(HttpRequest.newBuilder(WebSession.uri("/board/directors/" + d.id()
                + "/role")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(303);
        assertThat(get.headers().firstValue("Location").orElseThrow()).endsWith("/board/directors/" + d.id());

        var viewer = WebSession.signedIn(newUser(Role.VIEWER), PASSWORD);
        viewer.get("/board/directors");
        assertThat(post(viewer, "/board/directors/" + d.id() + "/cessation", "ceasedOn=" + YEAR + "-03-01&reason=x&version="
                + directors.director(BoardTest.SECRETARY, d.id()).version()).statusCode()).isEqualTo(403);
        assertThat(directors.director(BoardTest.SECRETARY, d.id()).ceasedOn()).isNull();
    }

    @Test
    void anItemsFormIsRefusedBesideItsOwnFieldsAndAFileThatIsNotAPdfIsRefusedBesideTheFileField() throws Exception {
        Meeting m = meetings.plan(BoardTest.SECRETARY, new MeetingPlan(MeetingType.BOARD, "Forms itest " + YEAR,
                LocalDateTime.of(YEAR, 5, 14, 14, 0), "Guildhall", null));
        AgendaItem item = meetings.addItem(BoardTest.SECRETARY, m.id(), ItemDraft.open("Budget", null));
        String meeting = "/board/meetings/" + m.id();
        String at = meeting + "/items/" + item.id();
        var secretary = WebSession.signedIn(newUser(Role.SECRETARY), PASSWORD);
        secretary.get(meeting);

        HttpResponse<String> refused = post(secretary, at + "/decision", "resolution=Approve+the+budget&votesFor=three");
        assertThat(refused.statusCode()).isEqualTo(400);
        String p = "decide-" + item.id() + "-";
        assertThat(refused.body()).contains("id=\"" + p + "votesFor-error\"", "Votes for: enter a whole number",
                "aria-describedby=\"" + p + "votesFor-error\"", "value=\"three\"", "<details open>", "Approve the budget");
        assertThat(now(m, item).decision()).isNull();
        // the service's own refusal (no quorum recorded) lands at the top of the item's decision form
        HttpResponse<String> notQuorate = post(secretary, at + "/decision", "resolution=Approve+the+budget&votesFor=3");
        assertThat(notQuorate.statusCode()).isEqualTo(400);
        assertThat(notQuorate.body()).contains("id=\"" + p + "form-error\"", "<details open>");
        assertThat(now(m, item).decision()).isNull();
        HttpResponse<String> minute = post(secretary, at + "/minute", "minute=The+board+noted+the+budget.");
        assertThat(minute.statusCode()).as(minute.body()).isEqualTo(303);
        assertThat(minute.headers().firstValue("Location").orElseThrow()).endsWith(meeting);
        assertThat(now(m, item).minute()).isEqualTo("The board noted the budget.");

        HttpResponse<String> notPdf = upload(secretary, at + "/papers", Map.of("title", "Fake paper"), "fake.pdf",
                "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8));
        assertThat(notPdf.statusCode()).isEqualTo(400);
        assertThat(notPdf.body()).contains("id=\"upload-" + item.id() + "-file-error\"", "not a PDF", "value=\"Fake paper\"");
        assertThat(now(m, item).papers()).isEmpty();
        HttpResponse<String> pdf = upload(secretary, at + "/papers", Map.of("title", "Budget report"), "budget.pdf",
                AgendaPapersTest.pdf(1));
        assertThat(pdf.statusCode()).as(pdf.body()).isEqualTo(303);
        assertThat(now(m, item).papers()).extracting(x -> x.title())
                .containsExactly("Budget report");

        // a written paper, then its new version: the versions form takes a text without any file, sent as a plain form
        assertThat(post(secretary, at + "/written-papers", "title=Appendix&text=First+text.").statusCode()).isEqualTo(303);
        var written = now(m, item).papers().stream().filter(x -> x.written()).findFirst().orElseThrow();
        HttpResponse<String> revised = post(secretary, meeting + "/papers/" + written.id() + "/versions", "text=Second+text.");
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(303);
        assertThat(now(m, item).papers().stream().filter(x -> x.written()).findFirst().orElseThrow().version()).isEqualTo(2);

        Meeting other = meetings.plan(BoardTest.SECRETARY, new MeetingPlan(MeetingType.BOARD, "Other forms itest",
                LocalDateTime.of(YEAR, 6, 11, 14, 0), "Guildhall", null));
        assertThat(post(secretary, "/board/meetings/" + other.id() + "/items/" + item.id() + "/minute", "minute=Elsewhere")
                .statusCode()).isEqualTo(404);
        assertThat(post(secretary, "/board/meetings/" + other.id() + "/papers/" + written.id() + "/versions", "text=Elsewhere")
                .statusCode()).isEqualTo(404);
        assertThat(now(m, item).minute()).isEqualTo("The board noted the budget.");
    }

    /** The item as it is now. */
    private static AgendaItem now(Meeting m, AgendaItem item) {
        return meetings.meeting(BoardTest.SECRETARY, m.id()).items().stream().filter(i -> i.id() == item.id()).findFirst()
                .orElseThrow();
    }

    static HttpResponse<String> post(WebSession s, String path, String body) throws Exception {
        return s.postEncoded(path, body);
    }

    static HttpResponse<String> upload(WebSession s, String path, Map<String, String> fields, String fileName, byte[] content)
            throws Exception {
        return s.upload(path, fields, fileName, "application/pdf", content);
    }

    static String enc(String s) {
        return WebSession.enc(s);
    }
}
