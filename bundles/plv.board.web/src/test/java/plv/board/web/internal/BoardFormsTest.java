package plv.board.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import plv.board.api.AttendanceStatus;
import plv.board.api.Capacity;
import plv.board.api.CompanyFiling;
import plv.board.api.DirectorRole;
import plv.board.api.MeetingType;
import plv.board.api.ResolutionKind;
import plv.platform.api.FieldError;
import plv.platform.api.ValidationException;
import plv.platform.api.web.route.FormState;
import plv.platform.web.api.FormPosts;

/**
 * The board's form records bound by the platform's binder as the route servlet binds them: good forms give typed
 * records; a bad date, choice or number is refused naming its field (so the action, which alone writes, never runs);
 * and a refusal lands on the ids the fields have on the board's pages.
 */
class BoardFormsTest {

    static Map<String, String[]> posted(String... pairs) {
        Map<String, String[]> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], new String[] { pairs[i + 1] });
        }
        return m;
    }

    static List<String> refusal(Class<? extends Record> type, Map<String, String[]> posted) {
        try {
            bind(type, posted);
        } catch (ValidationException e) {
            return e.errors().stream().map(f -> f.field() + "=" + f.message()).toList();
        }
        throw new AssertionError(type.getSimpleName() + " was not refused");
    }

    @Test
    void theRegistersFormsBindTypedFields() {
        var appointment = bind(RegisterForms.Appointment.class, posted("name", " Zoë Smith ", "serviceAddress",
                "59 Southwark Street", "dateOfBirth", "1970-04-23", "role", "CHAIR", "appointedOn", "05/01/2026", "formerNames", ""));
        assertThat(appointment.name()).isEqualTo("Zoë Smith");
        assertThat(appointment.formerNames()).isNull();
        assertThat(appointment.dateOfBirth()).isEqualTo(LocalDate.of(1970, 4, 23));
        assertThat(appointment.role()).isEqualTo(DirectorRole.CHAIR);
        assertThat(appointment.appointedOn()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(bind(RegisterForms.Notification.class, posted("notifiedOn", "2026-01-12", "cessation", "yes",
                "version", "3"))).isEqualTo(new RegisterForms.Notification(LocalDate.of(2026, 1, 12), true, 3L));
        assertThat(bind(RegisterForms.Notification.class, posted("notifiedOn", "2026-01-12", "version", "3"))
                .cessation()).isFalse();
        assertThat(bind(RegisterForms.Filing.class, posted("kind", "CONFIRMATION_STATEMENT", "madeUpTo",
                "2026-03-31", "filedOn", "2026-04-07"))).isEqualTo(new RegisterForms.Filing(CompanyFiling.Kind.CONFIRMATION_STATEMENT,
                        LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 7)));
    }

    @Test
    void aBadDateChoiceOrVersionIsRefusedNamingTheField() {
        assertThat(refusal(RegisterForms.Appointment.class, posted("name", "Zoë", "dateOfBirth", "1970-02-30", "role", "EMPEROR",
                "appointedOn", "yesterday"))).containsExactly(
                        "dateOfBirth=Date of birth: enter a real date, like 2028-03-31",
                        "role=Role: choose one of the options",
                        "appointedOn=Appointed on: enter a real date, like 2028-03-31");
        assertThat(refusal(RegisterForms.RoleChange.class, posted("role", "CHAIR", "from", "2026-01-05")))
                .containsExactly("version=Version: enter a value");
        assertThat(refusal(RegisterForms.Cessation.class, posted("ceasedOn", "2026-01-05", "version", "x")))
                .containsExactly("version=Version: enter a whole number, like 12");
        assertThat(refusal(ResolutionForms.Circulation.class, posted("kind", "ORDINARY", "text", "That", "circulatedOn", "2026-03-01",
                "periodDays", "twenty"))).containsExactly("periodDays=Period for agreeing: enter a whole number, like 12");
    }

    @Test
    void theMeetingsFormsBindTypedFields() {
        assertThat(bind(MeetingForms.Plan.class, posted("type", "BOARD", "title", "Board meeting", "startsAt",
                "2027-01-15T10:00"))).isEqualTo(new MeetingForms.Plan(MeetingType.BOARD, "Board meeting",
                        LocalDateTime.of(2027, 1, 15, 10, 0), null, null));
        var decision = bind(MeetingForms.DecisionTaken.class, Map.of("resolution", new String[] { "Award" },
                "votesFor", new String[] { "3" }, "notVoting", new String[] { "Łukasz\r\nZoë\n" }, "consensus", new String[] { "yes" }));
        assertThat(decision).isEqualTo(new MeetingForms.DecisionTaken("Award", null, null, true, 3, 0, 0, List.of("Łukasz", "Zoë")));
        assertThat(bind(MeetingForms.AttendanceEntry.class, posted("personName", "Zoë", "directorId", "7",
                "capacity", "DIRECTOR", "status", "PRESENT", "leftAfterItem", "2"))).isEqualTo(new MeetingForms.AttendanceEntry("Zoë",
                        7L, Capacity.DIRECTOR, null, AttendanceStatus.PRESENT, null, 2));
        assertThat(bind(MeetingForms.NewItem.class, posted("title", "Bid", "exempt", "yes", "exemptParagraph", "3"))
                .exemptParagraph()).isEqualTo(3);
        assertThat(bind(ResolutionForms.Circulation.class, posted("kind", "special", "text", "That",
                "circulatedOn", "2026-03-01")).kind()).isEqualTo(ResolutionKind.SPECIAL);
    }

    @Test
    void aBadMeetingFormIsRefusedNamingTheFieldAndItsOwnChecksRunToo() {
        assertThat(refusal(MeetingForms.Plan.class, posted("type", "PARTY", "startsAt", "2027-01-15 25:00"))).containsExactly(
                "type=Type: choose one of the options", "startsAt=Date and time: enter a real date and time, like 2028-03-31T14:00");
        assertThat(refusal(MeetingForms.DecisionTaken.class, posted("resolution", "Award", "votesFor", "three", "against", "-1")))
                .containsExactly("votesFor=Votes for: enter a whole number, like 12", "against=Votes against: enter 0 or more");
        assertThat(refusal(MeetingForms.AttendanceEntry.class, posted("capacity", "GUEST", "directorId", "seven")))
                .containsExactly("directorId=Director id: enter a whole number, like 12", "capacity=Capacity: choose one of the options");
        assertThat(refusal(MeetingForms.Position.class, posted("position", ""))).containsExactly(
                "position=Give the position on the agenda, e.g. 2.");
        assertThat(refusal(MeetingForms.Correction.class, posted("minute", "Corrected", "reason", "Typo"))).containsExactly(
                "atMeetingId=Choose the later meeting at which the correction is to be approved.");
        assertThat(refusal(MeetingForms.Completion.class, posted("doneOn", "2026-13-01"))).containsExactly(
                "doneOn=Done on: enter a real date, like 2028-03-31");
    }

    @Test
    void aRefusalLandsOnTheIdsOfTheFormThatWasSent() {
        Map<String, String[]> sent = posted("resolution", "Award", "votesFor", "three", "consensus", "yes", "csrf", "token");
        FormState state = new FormState(typed(MeetingForms.DecisionTaken.class, sent),
                Map.of("votesFor", "Votes for: enter a whole number, like 12", "decision", "Not quorate"));
        Set<String> fields = PageForms.fields(MeetingForms.DecisionTaken.class);
        BoardPages.OnPage on = PageForms.onPage(state, PageForms.prefix("decide", "12"), fields, "12");
        assertThat(on.status()).isEqualTo(400);
        assertThat(on.failedItem()).isEqualTo("12");
        assertThat(on.typed()).containsEntry("decide-12-resolution", "Award").containsEntry("decide-12-votesFor", "three")
                .containsEntry("decide-12-consensus", "yes").doesNotContainKey("decide-12-csrf");
        assertThat(on.errors()).containsOnly(Map.entry("decide-12-votesFor", "Votes for: enter a whole number, like 12"),
                Map.entry("decide-12-form", "Not quorate"));

        // the hidden version and the upload's file
        BoardPages.OnPage role = PageForms.onPage(new FormState(Map.of("role", "CHAIR", "version", "3"),
                Map.of("version", "Changed by someone else")), PageForms.prefix("role", null), PageForms.fields(RegisterForms.RoleChange.class), "");
        assertThat(role.typed()).containsOnly(Map.entry("role-role", "CHAIR"));
        assertThat(role.errors()).containsOnly(Map.entry("role-form", "Changed by someone else"));
        assertThat(PageForms.onPage(new FormState(Map.of(), Map.of("file", "not a PDF")), PageForms.prefix("upload", "4"),
                PageForms.fields(MeetingForms.PaperUpload.class), "4").errors()).containsOnly(Map.entry("upload-4-file", "not a PDF"));
    }

    @Test
    void aRefusedFormRendersOnItsPageWithTheErrorsBesideItsFields() throws Exception {
        Map<String, String[]> sent = posted("title", "Bid evaluation", "exempt", "yes");
        ValidationException refused = new ValidationException(List.of(new FieldError("exemptParagraph", "Give the paragraph " + TemplatesRenderTest.XSS)));
        BoardPages.OnPage on = PageForms.onPage(new FormState(typed(MeetingForms.NewItem.class, sent),
                Map.of(refused.errors().get(0).field(), refused.errors().get(0).message())), PageForms.prefix("item", ""),
                PageForms.fields(MeetingForms.NewItem.class), "");
        String page = new TemplatesRenderTest().render("board/meeting.ftlh", true, Map.of("m", Views.meeting(TemplatesRenderTest.meeting(false)),
                "statuses", List.of(), "capacities", List.of(), "attendanceStatuses", List.of(), "paragraphs", List.of(),
                "form", on.typed(), "errors", on.errors()));
        assertThat(page).doesNotContain(TemplatesRenderTest.XSS).contains("id=\"item-exemptParagraph-error\"",
                "aria-describedby=\"item-exemptParagraph-error\"", "value=\"Bid evaluation\"", "<a href=\"#item-exemptParagraph\">",
                "action=\"/board/meetings/5/items\"");
        assertThat(page).containsPattern("id=\"item-exempt\" name=\"exempt\" type=\"checkbox\" value=\"yes\" checked");
    }

    /**
     * Every board page is a GET route of its own, every form posts below its page (which a refusal shows again) and
     * a GET of a form's address is answered too (a redirect to the page).
     */
    @Test
    void eachPageIsARouteAndEachFormPostsBelowItsPage() {
        Map<String, List<String>> declared = new java.util.TreeMap<>();
        plv.platform.api.web.route.Routes recording = recording(declared);
        new BoardRoutes(null, null, null, null, null, null, null).define(recording);
        assertThat(declared.get("GET")).contains("/board", "/board/directors", "/board/directors/{id}", "/board/psc",
                "/board/filings", "/board/meetings", "/board/meetings/{id}", "/board/written-resolutions",
                "/board/written-resolutions/{id}", "/board/papers/{id}");
        assertThat(declared.get("FORM")).hasSize(28).allSatisfy(form -> {
            assertThat(form).startsWith("/board/");
            assertThat(declared.get("GET")).as("a GET of %s", form).contains(form);
        });
        BoardPages pages = new BoardPages(null, null, null, null, null, null, null, () -> null);
        PageForms forms = new PageForms(recording, pages);
        assertThatThrownBy(() -> forms.form(PageForms.Place.of("/board/meetings/{id}/x", "/board/meeting/{id}", "x"),
                MeetingForms.StatusChange.class, (r, f) -> null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a board page");
        assertThatThrownBy(() -> forms.form(PageForms.Place.of("/board/psc/x", "/board/meetings/{id}", "x"),
                MeetingForms.StatusChange.class, (r, f) -> null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not below its page");
    }

    /** Routes that only note what was declared, by kind (GET, FORM). */
    private static plv.platform.api.web.route.Routes recording(Map<String, List<String>> declared) {
        return new plv.platform.api.web.route.Routes() {
            private plv.platform.api.web.route.Routes note(String kind, String pattern) {
                declared.computeIfAbsent(kind, k -> new java.util.ArrayList<>()).add(pattern);
                return this;
            }

            @Override
            public plv.platform.api.web.route.Routes get(String pattern, plv.platform.api.web.route.Access access, Handler handler) {
                return note("GET", pattern);
            }

            @Override
            public plv.platform.api.web.route.Routes post(String pattern, plv.platform.api.web.route.Access access, Handler handler) {
                return note("POST", pattern);
            }

            @Override
            public <T extends Record> plv.platform.api.web.route.Routes form(String pattern, plv.platform.api.web.route.Access access,
                    Class<T> type, FormPage form, FormAction<T> action) {
                return note("FORM", pattern);
            }

            @Override
            public plv.platform.api.web.route.Routes upload(String pattern, plv.platform.api.web.route.Access access, long maxFileBytes,
                    Handler handler) {
                return note("UPLOAD", pattern);
            }

            @Override
            public <T extends Record> plv.platform.api.web.route.Routes upload(String pattern, plv.platform.api.web.route.Access access,
                    long maxFileBytes, Class<T> type, FormPage form, FormAction<T> action) {
                return note("FORM", pattern);
            }

            @Override
            public plv.platform.api.web.route.Routes put(String pattern, plv.platform.api.web.route.Access access, Handler handler) {
                return note("PUT", pattern);
            }

            @Override
            public plv.platform.api.web.route.Routes delete(String pattern, plv.platform.api.web.route.Access access, Handler handler) {
                return note("DELETE", pattern);
            }
        };
    }

    /** Binds as the shell binds a posted form. */
    private static <T extends Record> T bind(Class<T> type, Map<String, String[]> posted) {
        return FormPosts.bind(type, posted::get);
    }

    /** What the shell keeps of what was typed in a refused form. */
    private static Map<String, String> typed(Class<? extends Record> type, Map<String, String[]> posted) {
        return FormPosts.typed(type, posted::get);
    }
}
