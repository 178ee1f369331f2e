package plv.itest.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
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
import plv.board.api.AttendanceStatus;
import plv.board.api.BoardDeadline;
import plv.board.api.BoardDeadlines;
import plv.board.api.Capacity;
import plv.board.api.Decision;
import plv.board.api.Director;
import plv.board.api.DirectorDetails;
import plv.board.api.DirectorRole;
import plv.board.api.DirectorsRegister;
import plv.board.api.Interest;
import plv.board.api.ItemDraft;
import plv.board.api.Meeting;
import plv.board.api.MeetingPlan;
import plv.board.api.MeetingStatus;
import plv.board.api.MeetingType;
import plv.board.api.Meetings;
import plv.board.api.MinutesEdition;
import plv.board.api.MinutesVersion;
import plv.board.api.ResolutionKind;
import plv.board.api.WrittenResolution;
import plv.board.api.WrittenResolutions;
import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.AuditTrail;
import plv.platform.api.persistence.Database;

/**
 * The board's services inside the real framework, on this run's database: directors register with Companies House
 * reminders, a meeting with Part 1 and Part 2 business through quorum, decisions and approved (locked) minutes whose
 * public PDF holds no Part 2 text, corrections as new versions, and written resolutions reaching their threshold.
 */
@Requirement(namespace = "osgi.service", filter = "(objectClass=plv.board.api.BoardDeadlines)")
@ExtendWith(ServiceExtension.class)
class BoardTest {
    static final Actor SECRETARY = new Actor("sec.board.itest", "Secretary", Role.SECRETARY, null);
    static final Actor DIRECTOR = new Actor("dir.board.itest", "Director", Role.DIRECTOR, null);
    static final Actor VIEWER = new Actor("viewer.board.itest", "Viewer", Role.VIEWER, null);

    /** A year of its own for each run, so that records left by earlier runs on the same database do not interfere. */
    static final int YEAR = 3000 + 2 * (int) (System.currentTimeMillis() / 1000 % 3000);

    @InjectService(timeout = 30_000)
    static DirectorsRegister directors;
    @InjectService(timeout = 30_000)
    static Meetings meetings;
    @InjectService(timeout = 30_000)
    static WrittenResolutions resolutions;
    @InjectService(timeout = 30_000)
    static BoardDeadlines deadlines;
    @InjectService(timeout = 30_000)
    static AuditTrail audit;
    @InjectService(timeout = 30_000)
    static Database database;

    @Test
    void migrationsAreApplied() {
        assertThat(database.schemaVersions()).anySatisfy(v -> {
            assertThat(v.owner()).isEqualTo("plv.board.core");
            assertThat(v.version()).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void directorsRegisterKeepsHistoryAndRemindsOfCompaniesHouse() {
        LocalDate appointed = LocalDate.now().minusDays(20);
        Director d = directors.appoint(SECRETARY, details("Zoë Łukasiewicz-Ödön", appointed));
        assertThat(d.bornIn()).isEqualTo(YearMonth.of(1970, 5));
        assertThat(directors.companiesHouseReminders(SECRETARY)).anySatisfy(r -> {
            assertThat(r.title()).contains("Zoë Łukasiewicz-Ödön");
            assertThat(r.due()).isEqualTo(appointed.plusDays(14));
        });
        assertThat(deadlines.upcoming(SECRETARY, LocalDate.now(), 30))
                .anyMatch(r -> r.kind() == BoardDeadline.Kind.COMPANIES_HOUSE_NOTIFICATION && r.title().contains("Łukasiewicz"));
        d = directors.markNotified(SECRETARY, d.id(), false, appointed.plusDays(3), d.version());
        d = directors.changeRole(SECRETARY, d.id(), DirectorRole.VICE_CHAIR, appointed.plusDays(5), d.version());
        long id = d.id();
        assertThat(directors.companiesHouseReminders(SECRETARY)).noneMatch(r -> r.path().endsWith("/" + id));
        assertThat(d.history()).extracting(Director.DirectorEvent::what).containsExactly("Appointed as Director",
                "Appointment notified to Companies House", "Role changed to Vice-chair");
        Director current = d;
        assertThatThrownBy(() -> directors.cease(SECRETARY, id, appointed.minusDays(1), "x", current.version()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ceasedOn");
        assertThatThrownBy(() -> directors.appoint(VIEWER, details("Someone", appointed))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directors.appoint(SECRETARY, new DirectorDetails("", null, "England", "British", "x",
                YearMonth.of(1970, 1), "E09000099", DirectorRole.DIRECTOR, appointed)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("name").hasMessageContaining("serviceAddress")
                .hasMessageContaining("nominatedBy");
        assertThat(audit.forRecord("director", String.valueOf(id))).extracting(a -> a.action())
                .containsExactly("appoint", "notify-companies-house", "change-role");
    }

    @Test
    void meetingFromQuorumToLockedPublicMinutes() throws IOException {
        Meeting m = meetings.plan(SECRETARY, new MeetingPlan(MeetingType.BOARD, "Board meeting (itest)",
                LocalDateTime.of(YEAR, 3, 12, 14, 0), "Guildhall", null));
        AgendaItem open = meetings.addItem(SECRETARY, m.id(), ItemDraft.open("Occupancy report", "Occupancy was 21 of 24 places."));
        AgendaItem exempt = meetings.addItem(SECRETARY, m.id(), ItemDraft.exempt("Build contract award to Acme Build Ltd", 3,
                "Business affairs of bidders", "Secure Children's Home: construction contract", "PART2-SECRET bid of £41.7m."));
        assertThatThrownBy(() -> meetings.addItem(SECRETARY, m.id(), ItemDraft.exempt("x", 9, "", "", null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("exemptParagraph").hasMessageContaining("publicTitle");
        meetings.attachPaper(SECRETARY, exempt.id(), "Evaluation", "evaluation.txt", "text/plain",
                "PART2-PAPER".getBytes(StandardCharsets.UTF_8));
        meetings.recordAttendance(SECRETARY, m.id(), "Zoë Brontë", null, Capacity.DIRECTOR, AttendanceStatus.PRESENT, null, null);
        meetings.recordAttendance(SECRETARY, m.id(), "Łukasz Wójcik", null, Capacity.DIRECTOR, AttendanceStatus.PRESENT, null, null);
        meetings.recordAttendance(SECRETARY, m.id(), "Part2 Adviser Ödön", null, Capacity.OFFICER, AttendanceStatus.IN_ATTENDANCE,
                exempt.number(), exempt.number());
        Decision carried = new Decision("That the contract be awarded. PART2-RESOLUTION", "Zoë Brontë", "Órla Ní Bhriain",
                false, 2, 0, 0, List.of("Łukasz Wójcik"));
        // two directors present, quorum 3: refused, nothing recorded
        assertThatThrownBy(() -> meetings.decide(SECRETARY, exempt.id(), carried)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not quorate for item " + exempt.number());
        meetings.recordAttendance(SECRETARY, m.id(), "Órla Ní Bhriain", null, Capacity.DIRECTOR, AttendanceStatus.PRESENT,
                exempt.number(), null);
        assertThat(item(meetings.meeting(SECRETARY, m.id()), open.id()).quorate()).isFalse();
        assertThat(item(meetings.meeting(SECRETARY, m.id()), exempt.id()).quorate()).isTrue();
        assertThatThrownBy(() -> meetings.decide(SECRETARY, exempt.id(), carried)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("notVoting");
        meetings.declareInterest(SECRETARY, exempt.id(), new Interest("Łukasz Wójcik", "PART2-INTEREST", false));
        meetings.decide(SECRETARY, exempt.id(), carried);
        meetings.addAction(SECRETARY, exempt.id(), "PART2-ACTION sign the contract", "Ödön Erdős", LocalDate.of(YEAR, 4, 1));
        meetings.addAction(SECRETARY, open.id(), "Report occupancy by borough", "Órla Ní Bhriain", LocalDate.of(YEAR, 4, 1));

        Meeting forViewer = meetings.meeting(VIEWER, m.id());
        assertThat(item(forViewer, exempt.id()).minute()).isNull();
        assertThat(item(forViewer, exempt.id()).title()).isEqualTo("Secure Children's Home: construction contract");
        assertThat(item(forViewer, exempt.id()).papers()).isEmpty();
        assertThat(forViewer.attendance()).extracting(a -> a.personName()).doesNotContain("Part2 Adviser Ödön");
        long paperId = item(meetings.meeting(DIRECTOR, m.id()), exempt.id()).papers().get(0).id();
        assertThatThrownBy(() -> meetings.paperContent(VIEWER, paperId)).isInstanceOf(AccessDeniedException.class);
        assertThat(meetings.paperContent(DIRECTOR, paperId)).isEqualTo("PART2-PAPER".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> meetings.minutesPdf(VIEWER, m.id(), MinutesEdition.CONFIDENTIAL)).isInstanceOf(AccessDeniedException.class);
        assertThat(text(meetings.minutesPdf(VIEWER, m.id(), MinutesEdition.PUBLIC))).contains("DRAFT");
        assertThatThrownBy(() -> meetings.approveMinutes(SECRETARY, m.id(), "x")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not been held");
        meetings.changeStatus(SECRETARY, m.id(), MeetingStatus.HELD);
        MinutesVersion v1 = meetings.approveMinutes(SECRETARY, m.id(), "Approved by the chair");
        assertThat(v1.number()).isEqualTo(1);
        assertThatThrownBy(() -> meetings.addItem(SECRETARY, m.id(), ItemDraft.open("Late item", null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("locked");

        byte[] publicPdf = meetings.minutesPdf(null, m.id(), MinutesEdition.PUBLIC);
        String publicText = text(publicPdf);
        assertThat(publicText).contains("Secure Children's Home: construction contract",
                "Exempt information: Schedule 12A paragraph 3", "Occupancy was 21 of 24 places.", "Page 1 of")
                .doesNotContain("PART2", "Acme", "evaluation.txt", "Part2 Adviser", "DRAFT");
        assertThat(text(meetings.minutesPdf(DIRECTOR, m.id(), MinutesEdition.CONFIDENTIAL)))
                .contains("PART2-SECRET", "PART2-RESOLUTION", "PART2-INTEREST", "PART2-ACTION", "Part2 Adviser");
        assertThat(sha256(publicPdf)).isEqualTo(v1.publicSha256());

        MinutesVersion v2 = meetings.correctMinute(SECRETARY, open.id(), "Occupancy was 22 of 24 places.", "Typing error in the figure");
        assertThat(v2.number()).isEqualTo(2);
        Meeting after = meetings.meeting(DIRECTOR, m.id());
        assertThat(after.minutes()).extracting(MinutesVersion::publicSha256).containsExactly(v1.publicSha256(), v2.publicSha256());
        assertThat(after.status()).isEqualTo(MeetingStatus.MINUTES_APPROVED);
        assertThat(text(meetings.minutesPdf(null, m.id(), MinutesEdition.PUBLIC))).contains("22 of 24");
        assertThat(meetings.meeting(VIEWER, m.id()).minutes()).allSatisfy(v -> assertThat(v.confidentialSha256()).isNull());

        Meeting next = meetings.plan(SECRETARY, new MeetingPlan(MeetingType.BOARD, null, LocalDateTime.of(YEAR, 5, 14, 14, 0), "Guildhall", null));
        assertThat(next.items()).hasSize(1);
        assertThat(next.items().get(0).approvesMinutesOfMeeting()).isEqualTo(m.id());
        assertThat(next.actionLog()).extracting(a -> a.description()).contains("Report occupancy by borough");
        assertThat(meetings.calendar(null)).contains("UID:plv-meeting-" + next.id() + "@plv.london");
        assertThat(audit.forRecord("meeting", String.valueOf(m.id()))).extracting(a -> a.action())
                .contains("plan", "record-attendance", "approve-minutes");
    }

    @Test
    void writtenResolutionsPassAtTheirThresholdOrLapse() {
        LocalDate circulated = LocalDate.now().minusDays(10);
        List<String> members = List.of("E09000001", "E09000003", "E09000005", "E09000007");
        WrittenResolution special = resolutions.circulate(SECRETARY, ResolutionKind.SPECIAL, "That the articles be amended.",
                circulated, members, 28);
        assertThat(special.lapsesOn()).isEqualTo(circulated.plusDays(28));
        special = resolutions.recordAgreement(SECRETARY, special.id(), "E09000001", circulated.plusDays(1), "Rep A");
        special = resolutions.recordAgreement(SECRETARY, special.id(), "E09000003", circulated.plusDays(2), "Rep B");
        assertThat(special.status()).isEqualTo(WrittenResolution.Status.OPEN);
        long id = special.id();
        assertThatThrownBy(() -> resolutions.recordAgreement(SECRETARY, id, "E09000011", circulated.plusDays(2), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not an eligible member");
        assertThatThrownBy(() -> resolutions.recordAgreement(SECRETARY, id, "E09000001", circulated.plusDays(2), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already agreed");
        special = resolutions.recordAgreement(SECRETARY, id, "E09000005", circulated.plusDays(3), "Rep C");
        assertThat(special.status()).isEqualTo(WrittenResolution.Status.PASSED);
        assertThat(special.passedOn()).isEqualTo(circulated.plusDays(3));
        assertThat(special.filingDueOn()).isEqualTo(circulated.plusDays(18));
        assertThat(deadlines.upcoming(SECRETARY, LocalDate.now(), 30))
                .anyMatch(d -> d.kind() == BoardDeadline.Kind.SPECIAL_RESOLUTION_FILING && d.path().endsWith("/" + id));

        // filing (s30): refused before it passed, by a director, or with a stale version; once recorded the deadline goes
        long passedVersion = special.version();
        assertThatThrownBy(() -> resolutions.recordFiling(SECRETARY, id, circulated.plusDays(2), passedVersion))
                .isInstanceOf(ValidationException.class).hasMessageContaining("before it passed");
        assertThatThrownBy(() -> resolutions.recordFiling(DIRECTOR, id, LocalDate.now(), passedVersion))
                .isInstanceOf(plv.platform.api.AccessDeniedException.class);
        WrittenResolution filed = resolutions.recordFiling(SECRETARY, id, circulated.plusDays(5), passedVersion);
        assertThat(filed.filedOn()).isEqualTo(circulated.plusDays(5));
        assertThat(filed.awaitingFiling()).isFalse();
        assertThatThrownBy(() -> resolutions.recordFiling(SECRETARY, id, LocalDate.now(), passedVersion))
                .isInstanceOf(plv.platform.api.ConcurrentChangeException.class);
        assertThat(deadlines.upcoming(SECRETARY, LocalDate.now(), 30))
                .noneMatch(d -> d.kind() == BoardDeadline.Kind.SPECIAL_RESOLUTION_FILING && d.path().endsWith("/" + id));
        assertThat(audit.forRecord("written-resolution", String.valueOf(id))).extracting(a -> a.action()).contains("record-filing");

        // an unfiled special resolution whose filing date has passed stays on the deadlines, overdue
        LocalDate longAgo = LocalDate.now().minusDays(40);
        WrittenResolution late = resolutions.circulate(SECRETARY, ResolutionKind.SPECIAL, "That the registered office move.",
                longAgo, List.of("E09000001", "E09000003"), 28);
        late = resolutions.recordAgreement(SECRETARY, late.id(), "E09000001", longAgo.plusDays(1), null);
        late = resolutions.recordAgreement(SECRETARY, late.id(), "E09000003", longAgo.plusDays(2), null);
        long lateId = late.id();
        assertThat(late.filingDueOn()).isBefore(LocalDate.now());
        assertThat(deadlines.upcoming(SECRETARY, LocalDate.now(), 30))
                .anyMatch(d -> d.kind() == BoardDeadline.Kind.SPECIAL_RESOLUTION_FILING && d.path().endsWith("/" + lateId));

        WrittenResolution old = resolutions.circulate(SECRETARY, ResolutionKind.ORDINARY, "That the fee be indexed.",
                LocalDate.now().minusDays(40), members, 28);
        assertThat(old.status()).isEqualTo(WrittenResolution.Status.LAPSED);
        assertThatThrownBy(() -> resolutions.recordAgreement(SECRETARY, old.id(), "E09000001", LocalDate.now(), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("lapsed");
    }

    private static AgendaItem item(Meeting m, long id) {
        return m.items().stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    private static DirectorDetails details(String name, LocalDate appointed) {
        return new DirectorDetails(name, "59½ Southwark Street, London", "England", "British", "Director of Finance",
                YearMonth.of(1970, 5), "E09000003", DirectorRole.DIRECTOR, appointed);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String sha256(byte[] b) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
