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
import plv.board.api.CompanyFiling;
import plv.board.api.CompanyFilings;
import plv.board.api.PscEntry;
import plv.board.api.PscRegister;
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
import plv.membership.api.MemberRegister;
import plv.membership.api.MembershipStatus;
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
    @InjectService(timeout = 30_000)
    static MemberRegister register;
    @InjectService(timeout = 30_000)
    static CompanyFilings filings;
    @InjectService(timeout = 30_000)
    static PscRegister psc;

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
        assertThatThrownBy(() -> directors.appoint(SECRETARY, new DirectorDetails("", null, null, null, "England", "British", "x",
                LocalDate.of(1970, 1, 1), "E09000099", DirectorRole.DIRECTOR, appointed)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("name").hasMessageContaining("serviceAddress")
                .hasMessageContaining("residentialAddress").hasMessageContaining("nominatedBy");
        // the full date of birth and the residential address are kept apart, for the secretary only (s165)
        assertThat(directors.privateParticulars(SECRETARY, id).dateOfBirth()).isEqualTo(LocalDate.of(1970, 5, 23));
        assertThat(directors.privateParticulars(SECRETARY, id).residentialAddress()).isEqualTo("1 Private Road, London");
        assertThatThrownBy(() -> directors.privateParticulars(DIRECTOR, id)).isInstanceOf(AccessDeniedException.class);
        assertThat(directors.director(VIEWER, id).toString()).doesNotContain("1970-05-23", "Private Road");
        assertThat(directors.director(VIEWER, id).identityVerifiedOn()).isNull();
        Director verified = directors.recordIdentityVerification(SECRETARY, id, appointed.plusDays(6), directors.director(SECRETARY, id).version());
        assertThat(verified.identityVerification()).isEqualTo("verified on " + appointed.plusDays(6));
        assertThat(verified.formerNames()).isEqualTo("Zoë Smith");
        assertThat(audit.forRecord("director", String.valueOf(id))).extracting(a -> a.action())
                .containsExactly("appoint", "notify-companies-house", "change-role", "verify-identity");
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
        // directors are named by their register entries and must hold office on the day of the meeting
        LocalDate appointed = LocalDate.of(YEAR, 1, 1);
        Director zoe = directors.appoint(SECRETARY, details("Zoë Brontë", appointed));
        Director lukasz = directors.appoint(SECRETARY, details("Łukasz Wójcik", appointed));
        Director orla = directors.appoint(SECRETARY, details("Órla Ní Bhriain", appointed));
        Director later = directors.appoint(SECRETARY, details("Appointed Later", LocalDate.of(YEAR, 6, 1)));
        assertThatThrownBy(() -> meetings.recordAttendance(SECRETARY, m.id(), "Appointed Later", later.id(), Capacity.DIRECTOR,
                AttendanceStatus.PRESENT, null, null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not a director in office");
        assertThatThrownBy(() -> meetings.recordAttendance(SECRETARY, m.id(), "No Entry", null, Capacity.DIRECTOR,
                AttendanceStatus.PRESENT, null, null)).isInstanceOf(ValidationException.class).hasMessageContaining("directorId");
        meetings.recordAttendance(SECRETARY, m.id(), "Zoë Brontë", zoe.id(), Capacity.DIRECTOR, AttendanceStatus.PRESENT, null, null);
        meetings.recordAttendance(SECRETARY, m.id(), "Part2 Adviser Ödön", null, Capacity.OFFICER, AttendanceStatus.IN_ATTENDANCE,
                exempt.number(), exempt.number());
        Decision carried = new Decision("That the contract be awarded. PART2-RESOLUTION", "Zoë Brontë", "Órla Ní Bhriain",
                false, 2, 0, 0, List.of("Łukasz Wójcik"));
        // one director present, quorum 2 (the model articles' default): refused, nothing recorded
        assertThatThrownBy(() -> meetings.decide(SECRETARY, exempt.id(), carried)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not quorate for item " + exempt.number()).hasMessageContaining("directors in office");
        meetings.recordAttendance(SECRETARY, m.id(), "Łukasz Wójcik", lukasz.id(), Capacity.DIRECTOR, AttendanceStatus.PRESENT,
                exempt.number(), null);
        meetings.recordAttendance(SECRETARY, m.id(), "Órla Ní Bhriain", orla.id(), Capacity.DIRECTOR, AttendanceStatus.PRESENT,
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

        Meeting next = meetings.plan(SECRETARY, new MeetingPlan(MeetingType.BOARD, null, LocalDateTime.of(YEAR, 5, 14, 14, 0), "Guildhall", null));
        assertThat(next.items()).hasSize(1);
        assertThat(next.items().get(0).approvesMinutesOfMeeting()).isEqualTo(m.id());
        assertThat(next.actionLog()).extracting(a -> a.description()).contains("Report occupancy by borough");
        assertThat(meetings.calendar(null)).contains("UID:plv-meeting-" + next.id() + "@plv.london");

        // approved minutes are corrected only by a further approval recorded at a later meeting
        assertThatThrownBy(() -> meetings.proposeCorrection(SECRETARY, open.id(), "x", "y", m.id()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("locked");
        AgendaItem correction = meetings.proposeCorrection(SECRETARY, open.id(), "Occupancy was 22 of 24 places.",
                "Typing error in the figure", next.id());
        assertThat(correction.title()).startsWith("Correction to the minutes of the meeting of 12 March " + YEAR + ", item " + open.number());
        assertThat(meetings.meeting(DIRECTOR, m.id()).minutes()).hasSize(1);
        assertThat(text(meetings.minutesPdf(null, m.id(), MinutesEdition.PUBLIC))).contains("21 of 24");
        meetings.recordAttendance(SECRETARY, next.id(), "Zoë Brontë", zoe.id(), Capacity.DIRECTOR, AttendanceStatus.PRESENT, null, null);
        meetings.recordAttendance(SECRETARY, next.id(), "Órla Ní Bhriain", orla.id(), Capacity.DIRECTOR, AttendanceStatus.PRESENT, null, null);
        meetings.decide(SECRETARY, correction.id(), new Decision("That the correction be approved.", "Zoë Brontë", null, true, 0, 0, 0, List.of()));
        Meeting after = meetings.meeting(DIRECTOR, m.id());
        assertThat(after.minutes()).hasSize(2);
        MinutesVersion v2 = after.minutes().get(1);
        assertThat(v2.reason()).contains("approved at the meeting of 14 May " + YEAR, "Typing error in the figure");
        assertThat(after.minutes().get(0).publicSha256()).isEqualTo(v1.publicSha256());
        assertThat(after.status()).isEqualTo(MeetingStatus.MINUTES_APPROVED);
        String corrected = text(meetings.minutesPdf(null, m.id(), MinutesEdition.PUBLIC));
        assertThat(corrected).contains("22 of 24", "Corrections to these minutes", "Was: Occupancy was 21 of 24 places.",
                "Now: Occupancy was 22 of 24 places.", "14 May " + YEAR);
        // the original stays readable, unchanged
        assertThat(sha256(meetings.minutesPdf(null, m.id(), MinutesEdition.PUBLIC, 1))).isEqualTo(v1.publicSha256());
        assertThat(meetings.meeting(VIEWER, m.id()).minutes()).allSatisfy(v -> assertThat(v.confidentialSha256()).isNull());
        assertThat(audit.forRecord("meeting", String.valueOf(m.id()))).extracting(a -> a.action())
                .contains("plan", "record-attendance", "approve-minutes");
    }

    /** Members this class puts on the register of members from 1 January {@link #YEAR} (GSS codes the other tests leave alone). */
    static final List<String> ON_REGISTER = List.of("E09000013", "E09000014", "E09000015", "E09000016");
    /** A member that ceased before {@link #YEAR}: never eligible in that year. */
    static final String CEASED = "E09000017";

    /**
     * Puts {@link #ON_REGISTER} on the register of members from 1 January {@link #YEAR} to 31 December {@code YEAR + 1}
     * and {@link #CEASED} off it, through the members register's own API; does nothing the second time.
     */
    static synchronized void membersOnTheRegister(MemberRegister register) {
        LocalDate from = LocalDate.of(YEAR, 1, 1);
        Actor system = Actor.system();
        if (register.member(system, ON_REGISTER.get(0)).orElseThrow().history().stream().anyMatch(c -> c.effectiveOn().equals(from))) {
            return;
        }
        for (String gss : ON_REGISTER) {
            register.changeStatus(system, gss, MembershipStatus.MEMBER, from, "Board itest " + YEAR);
            register.changeStatus(system, gss, MembershipStatus.CEASED, LocalDate.of(YEAR + 2, 1, 1), "Board itest " + YEAR);
            register.appointRepresentative(system, gss, "Representative of " + gss, from, "Board itest");
        }
        register.changeStatus(system, CEASED, MembershipStatus.MEMBER, from.minusYears(1), "Board itest " + YEAR);
        register.changeStatus(system, CEASED, MembershipStatus.CEASED, from.minusDays(1), "Board itest " + YEAR);
    }

    @Test
    void filingsMoveTheirDeadlinesAndThePscRegisterHoldsTheNoRegistrablePersonStatement() {
        // the company's default particulars: incorporated 1 April 2023, accounting reference date 31 March
        List<BoardDeadline> before = filings.nextDeadlines(SECRETARY);
        int y = YEAR + 5; // after anything the demo test records
        LocalDate lastCs01 = LocalDate.of(y, 3, 31);
        filings.record(SECRETARY, CompanyFiling.Kind.CONFIRMATION_STATEMENT, lastCs01, LocalDate.of(y, 4, 7));
        filings.record(SECRETARY, CompanyFiling.Kind.ACCOUNTS, LocalDate.of(y, 3, 31), LocalDate.of(y, 12, 1));
        // CS01: the next review period ends 31 March, due 14 April (s853A); accounts: 31 March + 9 months = 31 December (s442)
        assertThat(filings.nextDeadlines(SECRETARY)).extracting(BoardDeadline::due)
                .containsExactly(LocalDate.of(y + 1, 4, 14), LocalDate.of(y + 1, 12, 31));
        assertThat(deadlines.upcoming(SECRETARY, LocalDate.of(y + 1, 4, 1), 30))
                .anyMatch(d -> d.kind() == BoardDeadline.Kind.CONFIRMATION_STATEMENT && d.due().equals(LocalDate.of(y + 1, 4, 14)));
        assertThat(before).hasSize(2);
        assertThatThrownBy(() -> filings.record(DIRECTOR, CompanyFiling.Kind.ACCOUNTS, lastCs01, lastCs01))
                .isInstanceOf(AccessDeniedException.class);

        boolean statementStands = psc.entries(SECRETARY).stream()
                .anyMatch(e -> e.kind() == PscEntry.Kind.NO_REGISTRABLE_PERSON && e.ceasedOn() == null);
        if (!statementStands) {
            psc.enter(SECRETARY, PscEntry.Kind.NO_REGISTRABLE_PERSON, null, null, null, LocalDate.of(2023, 4, 1));
        }
        assertThatThrownBy(() -> psc.enter(SECRETARY, PscEntry.Kind.RELEVANT_LEGAL_ENTITY, "Holding Ltd", "London",
                "More than 75% of the voting rights", LocalDate.of(YEAR + 3, 1, 1))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("no registrable person");
        assertThat(psc.entries(VIEWER)).anyMatch(e -> e.natureOfControl().equals(PscEntry.NO_REGISTRABLE_PERSON_STATEMENT));
    }

    @Test
    void aGeneralMeetingIsQuorateWithTwoMembersOnTheRegisterByTheirRepresentatives() {
        membersOnTheRegister(register);
        Meeting agm = meetings.plan(SECRETARY, new MeetingPlan(MeetingType.GENERAL, "Annual general meeting (itest)",
                LocalDateTime.of(YEAR, 9, 15, 11, 0), "Guildhall", null));
        AgendaItem accounts = meetings.addItem(SECRETARY, agm.id(), ItemDraft.open("Annual accounts", "The accounts were received."));
        assertThatThrownBy(() -> meetings.recordRepresentative(SECRETARY, agm.id(), CEASED, AttendanceStatus.PRESENT, null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not on the register of members");
        assertThatThrownBy(() -> meetings.recordAttendance(SECRETARY, agm.id(), "Someone", null, Capacity.MEMBER_REPRESENTATIVE,
                AttendanceStatus.PRESENT, null, null)).isInstanceOf(ValidationException.class).hasMessageContaining("GSS code");
        var first = meetings.recordRepresentative(SECRETARY, agm.id(), ON_REGISTER.get(0), AttendanceStatus.PRESENT, null, null);
        assertThat(first.personName()).isEqualTo("Representative of " + ON_REGISTER.get(0));
        // the same member twice is one qualifying member (s318(2)(a))
        meetings.recordRepresentative(SECRETARY, agm.id(), ON_REGISTER.get(0), AttendanceStatus.PRESENT, null, null);
        Decision received = new Decision("That the accounts be received.", null, null, true, 0, 0, 0, List.of());
        assertThatThrownBy(() -> meetings.decide(SECRETARY, accounts.id(), received)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not quorate").hasMessageContaining("members on the register of members");
        meetings.recordRepresentative(SECRETARY, agm.id(), ON_REGISTER.get(1), AttendanceStatus.PRESENT, null, null);
        assertThat(meetings.decide(SECRETARY, accounts.id(), received).decision()).isNotNull();
        assertThat(meetings.meeting(SECRETARY, agm.id()).quorum()).startsWith("2 of the ");
    }

    @Test
    void aWrittenResolutionAgreedOnDay28PassesAndOnDay29HasLapsed() {
        membersOnTheRegister(register);
        LocalDate circulated = LocalDate.of(YEAR, 3, 2);
        WrittenResolution onTime = resolutions.circulate(SECRETARY, ResolutionKind.ORDINARY, "That the accounts be received.",
                circulated, WrittenResolution.DEFAULT_PERIOD_DAYS);
        // s289: every member on the register on the circulation date, nobody else
        assertThat(onTime.eligibleMembers()).containsAll(ON_REGISTER).doesNotContain(CEASED);
        // s297: 28 days beginning with 2 March end on 29 March
        assertThat(onTime.lastDayToAgree()).isEqualTo(LocalDate.of(YEAR, 3, 29));
        int needed = onTime.votesRequired();
        assertThat(needed).isEqualTo(onTime.eligibleMembers().size() / 2 + 1);
        List<String> eligible = onTime.eligibleMembers();
        for (String gss : eligible.subList(0, needed - 1)) {
            onTime = resolutions.recordAgreement(SECRETARY, onTime.id(), gss, circulated, null);
        }
        assertThat(onTime.status()).isEqualTo(WrittenResolution.Status.OPEN);
        onTime = resolutions.recordAgreement(SECRETARY, onTime.id(), eligible.get(needed - 1), circulated.plusDays(27), null);
        assertThat(onTime.status()).isEqualTo(WrittenResolution.Status.PASSED);
        assertThat(onTime.passedOn()).isEqualTo(LocalDate.of(YEAR, 3, 29));
        // the representative on the register that day signified the agreement
        assertThat(onTime.agreements()).anySatisfy(a -> assertThat(a.representative()).startsWith("Representative of E0900001"));

        WrittenResolution late = resolutions.circulate(SECRETARY, ResolutionKind.ORDINARY, "That the fee be indexed.",
                circulated, WrittenResolution.DEFAULT_PERIOD_DAYS);
        for (String gss : eligible.subList(0, needed - 1)) {
            late = resolutions.recordAgreement(SECRETARY, late.id(), gss, circulated.plusDays(1), null);
        }
        long lateId = late.id();
        assertThatThrownBy(() -> resolutions.recordAgreement(SECRETARY, lateId, eligible.get(needed - 1), circulated.plusDays(28), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("lapsed")
                .hasMessageContaining("last day to agree was " + LocalDate.of(YEAR, 3, 29));
        assertThat(resolutions.resolution(SECRETARY, lateId).passedOn()).isNull();
        assertThat(deadlines.upcoming(SECRETARY, circulated, 40)).anyMatch(d -> d.kind() == BoardDeadline.Kind.WRITTEN_RESOLUTION_LAPSES
                && d.due().equals(LocalDate.of(YEAR, 3, 29)) && d.path().endsWith("/" + lateId));
        // a member that is not on the register that day cannot agree
        assertThatThrownBy(() -> resolutions.recordAgreement(SECRETARY, lateId, CEASED, circulated.plusDays(2), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not an eligible member");
    }

    @Test
    void writtenResolutionsPassAtTheirThresholdAndSpecialOnesAreFiled() {
        membersOnTheRegister(register);
        LocalDate circulated = LocalDate.of(YEAR, 6, 1);
        WrittenResolution special = resolutions.circulate(SECRETARY, ResolutionKind.SPECIAL, "That the articles be amended.",
                circulated, 28);
        List<String> eligible = special.eligibleMembers();
        int needed = special.votesRequired();
        assertThat(needed * 4).isGreaterThanOrEqualTo(eligible.size() * 3);
        assertThat((needed - 1) * 4).isLessThan(eligible.size() * 3);
        for (int i = 0; i < needed - 1; i++) {
            special = resolutions.recordAgreement(SECRETARY, special.id(), eligible.get(i), circulated.plusDays(1), "Rep " + i);
        }
        assertThat(special.status()).isEqualTo(WrittenResolution.Status.OPEN);
        long id = special.id();
        assertThatThrownBy(() -> resolutions.recordAgreement(SECRETARY, id, eligible.get(0), circulated.plusDays(2), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already agreed");
        special = resolutions.recordAgreement(SECRETARY, id, eligible.get(needed - 1), circulated.plusDays(3), "Rep C");
        assertThat(special.status()).isEqualTo(WrittenResolution.Status.PASSED);
        assertThat(special.passedOn()).isEqualTo(circulated.plusDays(3));
        assertThat(special.filingDueOn()).isEqualTo(circulated.plusDays(18));
        assertThat(deadlines.upcoming(SECRETARY, circulated, 30))
                .anyMatch(d -> d.kind() == BoardDeadline.Kind.SPECIAL_RESOLUTION_FILING && d.path().endsWith("/" + id));

        // filing (s30): refused before it passed, by a director, or with a stale version; once recorded the deadline goes
        long passedVersion = special.version();
        assertThatThrownBy(() -> resolutions.recordFiling(SECRETARY, id, circulated.plusDays(2), passedVersion))
                .isInstanceOf(ValidationException.class).hasMessageContaining("before it passed");
        assertThatThrownBy(() -> resolutions.recordFiling(DIRECTOR, id, circulated.plusDays(5), passedVersion))
                .isInstanceOf(plv.platform.api.AccessDeniedException.class);
        WrittenResolution filed = resolutions.recordFiling(SECRETARY, id, circulated.plusDays(5), passedVersion);
        assertThat(filed.filedOn()).isEqualTo(circulated.plusDays(5));
        assertThat(filed.awaitingFiling()).isFalse();
        assertThatThrownBy(() -> resolutions.recordFiling(SECRETARY, id, circulated.plusDays(6), passedVersion))
                .isInstanceOf(plv.platform.api.ConcurrentChangeException.class);
        assertThat(deadlines.upcoming(SECRETARY, circulated, 30))
                .noneMatch(d -> d.kind() == BoardDeadline.Kind.SPECIAL_RESOLUTION_FILING && d.path().endsWith("/" + id));
        assertThat(audit.forRecord("written-resolution", String.valueOf(id))).extracting(a -> a.action()).contains("record-filing");

        // an unfiled special resolution whose filing date has passed stays on the deadlines, overdue
        WrittenResolution late = resolutions.circulate(SECRETARY, ResolutionKind.SPECIAL, "That the registered office move.",
                circulated, 28);
        for (String gss : late.eligibleMembers().subList(0, late.votesRequired())) {
            late = resolutions.recordAgreement(SECRETARY, late.id(), gss, circulated.plusDays(1), null);
        }
        long lateId = late.id();
        assertThat(deadlines.upcoming(SECRETARY, circulated.plusDays(40), 30))
                .anyMatch(d -> d.kind() == BoardDeadline.Kind.SPECIAL_RESOLUTION_FILING && d.path().endsWith("/" + lateId));
        // nobody on the register that day: nothing to circulate to
        assertThatThrownBy(() -> resolutions.circulate(SECRETARY, ResolutionKind.ORDINARY, "x", LocalDate.of(1900, 1, 1), 28))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Nobody is on the register of members");
    }

    private static AgendaItem item(Meeting m, long id) {
        return m.items().stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    static DirectorDetails details(String name, LocalDate appointed) {
        return new DirectorDetails(name, "Zoë Smith", "59½ Southwark Street, London", "1 Private Road, London", "England",
                "British", "Director of Finance", LocalDate.of(1970, 5, 23), "E09000003", DirectorRole.DIRECTOR, appointed);
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
