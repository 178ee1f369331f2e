package plv.board.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import freemarker.template.Configuration;
import plv.platform.web.templates.PageTemplates;
import plv.board.api.Action;
import plv.board.api.AgendaItem;
import plv.board.api.Attendance;
import plv.board.api.AttendanceStatus;
import plv.board.api.BoardDeadline;
import plv.board.api.Capacity;
import plv.board.api.Decision;
import plv.board.api.Director;
import plv.board.api.DirectorRole;
import plv.board.api.Interest;
import plv.board.api.Meeting;
import plv.board.api.MeetingStatus;
import plv.board.api.MeetingType;
import plv.board.api.MinutesVersion;
import plv.board.api.Paper;
import plv.board.api.ResolutionKind;
import plv.board.api.WrittenResolution;

/** Every board template rendered with hostile text in the slots and optional fields empty, as the secretary and as a viewer. */
class TemplatesRenderTest {
    static final String XSS = "<script>alert(1)</script>";
    final Configuration cfg = configuration();

    /** The product's own settings, with this bundle's templates and then the shell's, as the renderer finds them. */
    static Configuration configuration() {
        return PageTemplates.configuration(TemplatesRenderTest.class.getClassLoader());
    }

    static Director director() {
        return new Director(7, "Zoë " + XSS, "59½ Southwark Street", "England", "British", "Director", YearMonth.of(1970, 4),
                null, DirectorRole.CHAIR, LocalDate.of(2026, 1, 5), null, null, null,
                List.of(new Director.DirectorEvent(LocalDate.of(2026, 1, 5), "Appointed as Chair", null)), 3);
    }

    static Meeting meeting(boolean approved) {
        AgendaItem open = new AgendaItem(1, 1, "Occupancy " + XSS, "Occupancy", false, null, null, null, null, List.of(),
                List.of(), null, false);
        AgendaItem exempt = new AgendaItem(2, 2, "Build contract", "Construction contract", true, 3, "Business affairs",
                "Secret minute", null, List.of(new Paper(4, "Evaluation", "e.pdf", "application/pdf", "ab", 10)),
                List.of(new Interest("Łukasz", "Relative", true)),
                new Decision("Award", "Zoë", null, false, 3, 1, 0, List.of("Łukasz")), true);
        return new Meeting(5, MeetingType.BOARD, "Board meeting", LocalDateTime.of(2026, 3, 12, 14, 0), null, "https://x",
                approved ? MeetingStatus.MINUTES_APPROVED : MeetingStatus.HELD, List.of(open, exempt),
                List.of(new Attendance(1, "Zoë", 7L, Capacity.DIRECTOR, AttendanceStatus.PRESENT, null, 2)),
                List.of(new Action(1, 5, 2, "Sign", "Ödön", LocalDate.of(2026, 4, 1), null, true)),
                approved ? List.of(new MinutesVersion(1, true, Instant.now(), "Approved", null, "cd")) : List.of(), 2);
    }

    static WrittenResolution resolution() {
        return new WrittenResolution(3, ResolutionKind.SPECIAL, "Amend " + XSS, LocalDate.of(2026, 2, 2), 28, LocalDate.of(2026, 3, 1),
                List.of("E09000003", "E09000005"), List.of(new WrittenResolution.Agreement("E09000003", LocalDate.of(2026, 2, 3), null)),
                WrittenResolution.Status.OPEN, null, null, null, 1);
    }

    String render(String template, boolean secretary, Map<String, Object> extra) throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("form", Map.of());
        model.put("errors", Map.of());
        model.put("failedItem", "");
        model.putAll(extra);
        model.put("secretary", secretary);
        model.put("mayReadExempt", secretary);
        model.put("today", "2026-03-20");
        model.put("csrf", "token");
        StringWriter out = new StringWriter();
        cfg.getTemplate(template).process(model, out);
        return out.toString();
    }

    @Test
    void everyPageRendersEscapedForSecretaryAndViewer() throws Exception {
        List<BoardDeadline> deadlines = List.of(new BoardDeadline(LocalDate.of(2026, 1, 19),
                BoardDeadline.Kind.COMPANIES_HOUSE_NOTIFICATION, "Notify " + XSS, "/board/directors/7"));
        for (boolean secretary : new boolean[] { true, false }) {
            for (boolean approved : new boolean[] { true, false }) {
                String page = render("board/meeting.ftlh", secretary, Map.of("m", Views.meeting(meeting(approved)),
                        "statuses", Views.options(MeetingStatus.values()), "capacities", Views.options(Capacity.values()),
                        "attendanceStatuses", Views.options(AttendanceStatus.values()), "paragraphs", List.of(),
                        "signatures", List.of(Views.signature(new plv.board.api.MinutesSignature(1, plv.board.api.MinutesEdition.PUBLIC,
                                true, "Secretary " + XSS, "Approved", java.time.Instant.parse("2026-03-12T18:30:00Z"), false,
                                "Changed " + XSS)))));
                assertThat(page).doesNotContain(XSS).contains("&lt;script&gt;", "not quorate", "Schedule 12A paragraph 3");
                if (approved) {
                    assertThat(page).contains("Public edition: signed for the chair by Secretary", "on 12 March 2026 at 18:30 GMT",
                            "The signature does not verify: Changed");
                }
                assertThat(page.contains("Approve and lock")).isEqualTo(secretary && !approved);
                assertThat(page.contains("version=confidential")).isEqualTo(secretary);
            }
            assertThat(render("board/overview.ftlh", secretary, Map.of("deadlines", Views.deadlines(deadlines, LocalDate.of(2026, 3, 20)),
                    "meetings", List.of(Views.meetingSummary(meeting(false)))))).contains("class=\"overdue\"").doesNotContain(XSS);
            assertThat(render("board/directors.ftlh", secretary, Map.of("directors", List.of(Views.director(director())),
                    "reminders", Views.deadlines(deadlines, LocalDate.of(2026, 3, 20)), "roles", Views.options(DirectorRole.values())))).doesNotContain(XSS)
                    .contains("Zoë &lt;script&gt;");
            assertThat(render("board/director.ftlh", secretary, Map.of("d", Views.director(director()), "roles", Views.options(DirectorRole.values()))))
                    .contains("Appointed as Chair").doesNotContain(XSS);
            assertThat(render("board/meetings.ftlh", secretary, Map.of("meetings", List.of(Views.meetingSummary(meeting(true))),
                    "types", Views.options(MeetingType.values())))).contains("/api/meetings/5/minutes.pdf?version=public");
            assertThat(render("board/resolutions.ftlh", secretary, Map.of("resolutions", List.of(Views.resolution(resolution())),
                    "kinds", Views.options(ResolutionKind.values())))).contains("1 of 2").doesNotContain(XSS);
            assertThat(render("board/resolution.ftlh", secretary, Map.of("r", Views.resolution(resolution()))))
                    .contains("E09000005", "2026-03-01 (28 days beginning with the circulation date", "2 needed to pass").doesNotContain(XSS);
            assertThat(render("public/minutes.ftlh", secretary, Map.of("meetings", List.of(PublicSite.summary(meeting(true))))))
                    .contains("/public/minutes/5.pdf");
        }
    }

    @Test
    void registersAndFilingsRenderAndPrivateParticularsOnlyWhenGiven() throws Exception {
        var none = new plv.board.api.PscEntry(1, plv.board.api.PscEntry.Kind.NO_REGISTRABLE_PERSON, null, null,
                plv.board.api.PscEntry.NO_REGISTRABLE_PERSON_STATEMENT, LocalDate.of(2023, 4, 1), null);
        assertThat(render("board/psc.ftlh", true, Map.of("entries", List.of(Views.psc(none)), "kinds",
                Views.options(plv.board.api.PscEntry.Kind.values()), "noneStatement", "x")))
                .contains("No registrable person", "no registrable person or registrable relevant legal entity", "action=\"/board/psc/1/cessation\"");
        var cs01 = new plv.board.api.CompanyFiling(1, plv.board.api.CompanyFiling.Kind.CONFIRMATION_STATEMENT,
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 7));
        assertThat(render("board/filings.ftlh", false, Map.of("filings", List.of(Views.filing(cs01)), "next",
                Views.deadlines(List.of(new BoardDeadline(LocalDate.of(2027, 4, 14), BoardDeadline.Kind.CONFIRMATION_STATEMENT,
                        "Deliver the confirmation statement (CS01) " + XSS, "/board/filings")), LocalDate.of(2026, 12, 4)),
                "kinds", Views.options(plv.board.api.CompanyFiling.Kind.values()))))
                .contains("2027-04-14", "Confirmation statement (CS01)", "2026-03-31").doesNotContain(XSS).doesNotContain("Record a filing");
        assertThat(render("board/director.ftlh", true, Map.of("d", Views.director(director()), "roles", Views.options(DirectorRole.values()),
                "private", Views.map("dateOfBirth", LocalDate.of(1970, 4, 23), "residentialAddress", "1 Home Street"))))
                .contains("1970-04-23", "1 Home Street", "not verified");
        assertThat(render("board/director.ftlh", false, Map.of("d", Views.director(director()), "roles", Views.options(DirectorRole.values()))))
                .contains("1970-04").doesNotContain("1970-04-23", "residential address (register");
    }

    @Test
    void membersRegisterSuggestionsAppearWhenTheRegisterIsInstalled() throws Exception {
        assertThat(render("board/resolutions.ftlh", true, Map.of("resolutions", List.of(), "kinds", Views.options(ResolutionKind.values()),
                "suggestedMembers", "2 members"))).contains("(today: 2 members)", "register of members on the circulation date (s289)")
                .doesNotContain("name=\"eligibleMembers\"");
        assertThat(render("board/resolution.ftlh", true, Map.of("r", Views.resolution(resolution()),
                "memberNames", Map.of("E09000003", "Barnet " + XSS)))).contains("E09000003 – Barnet &lt;script&gt;")
                .doesNotContain(XSS);
    }

    @Test
    void aPassedSpecialResolutionOffersTheFilingFormUntilItsFilingIsRecorded() throws Exception {
        WrittenResolution open = resolution();
        WrittenResolution passed = new WrittenResolution(3, ResolutionKind.SPECIAL, "Amend", open.circulatedOn(), 28, open.lastDayToAgree(),
                open.eligibleMembers(), open.agreements(), WrittenResolution.Status.PASSED, LocalDate.of(2026, 2, 3),
                LocalDate.of(2026, 2, 18), null, 4);
        assertThat(render("board/resolution.ftlh", true, Map.of("r", Views.resolution(passed), "today", "2026-02-10")))
                .contains("action=\"/board/written-resolutions/3/filing\"", "name=\"version\" value=\"4\"", "id=\"filed-filedOn\"", "not yet")
                .doesNotContain("name=\"op\"");
        assertThat(render("board/resolution.ftlh", false, Map.of("r", Views.resolution(passed), "today", "2026-02-10")))
                .as("only the secretary records it").doesNotContain("/filing\"");
        WrittenResolution filed = new WrittenResolution(3, ResolutionKind.SPECIAL, "Amend", open.circulatedOn(), 28, open.lastDayToAgree(),
                open.eligibleMembers(), open.agreements(), WrittenResolution.Status.PASSED, LocalDate.of(2026, 2, 3),
                LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 10), 5);
        assertThat(render("board/resolution.ftlh", true, Map.of("r", Views.resolution(filed), "today", "2026-02-12")))
                .contains("2026-02-10").doesNotContain("/filing\"");
    }

    @Test
    void aRefusedFormShowsEachErrorBesideItsFieldOnTheItemItWasFor() throws Exception {
        String page = render("board/meeting.ftlh", true, Map.of("m", Views.meeting(meeting(false)),
                "statuses", Views.options(MeetingStatus.values()), "capacities", Views.options(Capacity.values()),
                "attendanceStatuses", Views.options(AttendanceStatus.values()), "paragraphs", List.of(),
                "form", Map.of("decide-2-proposer", "Zoë " + XSS), "failedItem", "2",
                "errors", Map.of("decide-2-resolution", "Enter the resolution " + XSS, "decide-2-form", "Not quorate " + XSS)));
        assertThat(page).doesNotContain(XSS).contains("<a href=\"#decide-2-resolution\">", "id=\"decide-2-resolution-error\"",
                "aria-describedby=\"decide-2-resolution-error\"", "value=\"Zoë &lt;script&gt;", "<details open>",
                "id=\"decide-2-form-error\"", "<a href=\"#decide-2-form\">", "id=\"decide-1-resolution\"",
                "action=\"/board/meetings/5/items/2/decision\"", "action=\"/board/meetings/5/items/1/decision\"").doesNotContain("name=\"op\"");
        assertThat(page.indexOf("decide-2-resolution-error")).isGreaterThan(page.indexOf("id=\"decide-2-form\""));
    }

    @Test
    void jsonOfAMeetingCarriesIdsAndIsoDates() throws Exception {
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Views.meeting(meeting(true)));
        assertThat(json).contains("\"id\":5", "\"startsAt\":\"2026-03-12T14:00\"", "\"part\":2", "\"exemptParagraph\":3");
    }
}
