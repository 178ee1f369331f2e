package plv.board.core.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import plv.board.api.AgendaItem;
import plv.board.api.AttendanceStatus;
import plv.board.api.CompanyFiling;
import plv.board.api.CompanyFilings;
import plv.board.api.PscEntry;
import plv.board.api.PscRegister;
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
import plv.board.api.ResolutionKind;
import plv.board.api.WrittenResolution;
import plv.board.api.WrittenResolutions;
import plv.membership.api.MemberRegister;
import plv.platform.api.Actor;
import plv.platform.api.persistence.Database;
import plv.platform.api.time.PlvClock;

/**
 * Demo data for the board, drawn from the seed documents: the directors, three meetings (minutes approved, minutes
 * drafted, planned) with Part 1 and Part 2 business, and two written resolutions (one passed, one open). Runs only
 * with the framework property {@code plv.demo=true} and only while the board's tables are empty.
 */
@Component(immediate = true)
public final class BoardDemoData {
    private final Actor system = Actor.system();
    private final DirectorsRegister directors;
    private final Meetings meetings;
    private final WrittenResolutions resolutions;
    private final MembersRegister register;
    private final PscRegister psc;
    private final CompanyFilings filings;
    private static final Logger LOG = LoggerFactory.getLogger(BoardDemoData.class);

    @Activate
    public BoardDemoData(BundleContext context, @Reference DirectorsRegister directors, @Reference Meetings meetings,
            @Reference WrittenResolutions resolutions, @Reference MemberRegister members, @Reference PlvClock clock,
            @Reference Database database, @Reference PscRegister psc, @Reference CompanyFilings filings) {
        this.psc = psc;
        this.filings = filings;
        this.directors = directors;
        this.meetings = meetings;
        this.resolutions = resolutions;
        this.register = new MembersRegister(members);
        // once per database: a node starting at the same moment waits, then finds the board's tables filled
        database.exclusively("plv.board.demo", () -> {
            if (Boolean.parseBoolean(context.getProperty("plv.demo")) && directors.directors(system).isEmpty()
                    && meetings.meetings(system).isEmpty() && resolutions.resolutions(system).isEmpty()) {
                load(clock.today());
            }
        });
    }

    void load(LocalDate today) {
        LocalDate founded = today.minusYears(1).withDayOfMonth(1);
        Director chair = appoint("Zoë Brontë-Okafor", "Chair", "E09000003", DirectorRole.CHAIR, founded, "British", YearMonth.of(1968, 4));
        Director vice = appoint("Órla Ní Bhriain", "Director of Children's Services", "E09000007", DirectorRole.VICE_CHAIR, founded, "Irish", YearMonth.of(1975, 9));
        Director lukasz = appoint("Łukasz Wójcik", "Director of Finance", "E09000022", DirectorRole.DIRECTOR, founded, "Polish", YearMonth.of(1979, 1));
        Director odon = appoint("Ödön Erdős", "Commissioning director", "E09000005", DirectorRole.DIRECTOR, founded, "Hungarian", YearMonth.of(1971, 11));
        Director una = appoint("Úna Fernández", "Independent director (social care)", null, DirectorRole.DIRECTOR, founded, "Spanish", YearMonth.of(1982, 6));
        Director secretary = appoint("Siobhán Ó Ceallaigh", "Company secretary", null, DirectorRole.COMPANY_SECRETARY, founded, "British", YearMonth.of(1977, 2));
        for (Director d : List.of(chair, vice, lukasz, odon, una, secretary)) {
            directors.markNotified(system, d.id(), false, founded.plusDays(7), d.version());
        }
        // a recent appointment not yet notified shows the 14-day Companies House reminder
        appoint("Benedikt Łęcki-Müller", "Director of Children's Services", "E09000011", DirectorRole.DIRECTOR,
                today.minusDays(5), "German", YearMonth.of(1984, 3));
        List<Director> board = List.of(chair, vice, lukasz, odon, una);
        // more than thirty members with one vote each: nobody holds more than 25% (s790M)
        if (psc.entries(system).stream().noneMatch(e -> e.ceasedOn() == null)) {
            psc.enter(system, PscEntry.Kind.NO_REGISTRABLE_PERSON, null, null, null, founded);
        }
        // illustrative filing history for a company taken as incorporated on 1 April 2023 with a 31 March year end:
        // every confirmation statement and set of accounts whose deadline has passed was filed on time
        for (int year = Math.max(2024, today.getYear() - 2); LocalDate.of(year, 4, 14).isBefore(today); year++) {
            filings.record(system, CompanyFiling.Kind.CONFIRMATION_STATEMENT, LocalDate.of(year, 3, 31), LocalDate.of(year, 4, 7));
        }
        for (int year = Math.max(2024, today.getYear() - 2); LocalDate.of(year, 12, 31).isBefore(today); year++) {
            filings.record(system, CompanyFiling.Kind.ACCOUNTS, LocalDate.of(year, 3, 31), LocalDate.of(year, 12, 1));
        }

        Meeting first = meetings.plan(system, new MeetingPlan(MeetingType.BOARD, "Board meeting",
                today.minusDays(120).atTime(LocalTime.of(14, 0)), "London Councils, 59½ Southwark Street, London SE1", null));
        long sch = item(first, ItemDraft.open("Secure Children's Home: progress report",
                "The Director of Children's Services reported on the Secure Children's Home: 24 places with a 4-bed"
                        + " step-down provision, Department for Education funding of £3m for development and more than £50m"
                        + " of capital, and construction expected to be complete at the end of 2027. Members keep priority"
                        + " access; places members do not use are sold to other authorities to reduce members' contributions,"
                        + " and some emergency places are kept free."));
        long fees = item(first, ItemDraft.open("Members' fees once the home opens",
                "Once the home opens each member pays a fixed fee of £20,000 a year, subject to an inflation adjustment,"
                        + " unless an alternative funding model is agreed."));
        AgendaItem buildItem = meetings.addItem(system, first.id(), ItemDraft.exempt("Secure Children's Home: award of the build contract", 3,
                "Information relating to the financial or business affairs of the bidders and the company",
                "Secure Children's Home: construction contract",
                "The board considered the tender evaluation for the construction of the home. Two compliant bids were"
                        + " received; the preferred bidder scored highest on quality and price, within the capital budget."));
        long build = buildItem.id();
        attend(first, board, una, null, null);
        // an adviser present for the exempt item only: named in the confidential minutes, never in the public ones
        meetings.recordAttendance(system, first.id(), "Dafydd ap Gruffydd", null, Capacity.OFFICER,
                AttendanceStatus.IN_ATTENDANCE, buildItem.number(), buildItem.number());
        meetings.recordAttendance(system, first.id(), secretary.name(), secretary.id(), Capacity.OFFICER,
                AttendanceStatus.IN_ATTENDANCE, null, null);
        meetings.attachPaper(system, build, "Tender evaluation report", "tender-evaluation.txt", "text/plain",
                "Tender evaluation: quality 60%, price 40%. Confidential.".getBytes(StandardCharsets.UTF_8));
        meetings.declareInterest(system, build, new Interest(lukasz.name(), "A close relative works for one of the bidders", true));
        meetings.decide(system, sch, new Decision("That the progress report be noted.", chair.name(), vice.name(), true, 0, 0, 0, List.of()));
        meetings.decide(system, fees, new Decision("That the fee of £20,000 a year from opening be confirmed, subject to inflation.",
                odon.name(), vice.name(), false, 3, 0, 1, List.of()));
        meetings.decide(system, build, new Decision("That the construction contract be awarded to the preferred bidder.",
                chair.name(), odon.name(), false, 3, 0, 0, List.of(lukasz.name())));
        meetings.addAction(system, sch, "Report occupancy forecasts by sub-region (NEL, NCL, NWL, SEL, SWL)", vice.name(), today.minusDays(40));
        meetings.addAction(system, build, "Sign the construction contract and report any variations", odon.name(), today.minusDays(90));
        meetings.changeStatus(system, first.id(), MeetingStatus.HELD);
        meetings.changeStatus(system, first.id(), MeetingStatus.MINUTES_DRAFTED);

        Meeting second = meetings.plan(system, new MeetingPlan(MeetingType.BOARD, "Board meeting",
                today.minusDays(30).atTime(LocalTime.of(10, 30)), null, "https://meet.plv.london/board"));
        AgendaItem pathfinderItem = meetings.addItem(system, second.id(), ItemDraft.open("London Accommodation Pathfinder and Dynamic Sufficiency Tool",
                "The board received an update on the later commissioning programmes: the London Accommodation Pathfinder"
                        + " (10 beds across 12 authorities), the Dynamic Sufficiency Tool, the Residential Parenting Assessments"
                        + " framework (12 providers) and collaborative commissioning for ASD/SEMH needs."));
        long pathfinder = pathfinderItem.id();
        long staffing = item(second, ItemDraft.exempt("Registered Manager of the Secure Children's Home: appointment", 1,
                "Information relating to an individual", "Staffing matter",
                "The board approved the appointment of the preferred candidate as Registered Manager from opening."));
        long variation = item(second, ItemDraft.exempt("Build contract: variation for the step-down unit", 3,
                "Information relating to the financial or business affairs of the contractor",
                "Secure Children's Home: construction contract variation",
                "A variation of the construction contract for the 4-bed step-down unit was considered."));
        attend(second, board, null, lukasz, pathfinderItem.number());
        meetings.meeting(system, second.id()).items().stream().filter(i -> i.approvesMinutesOfMeeting() != null)
                .findFirst().ifPresent(i -> meetings.decide(system, i.id(), new Decision(
                        "That the minutes of the previous meeting be approved as a correct record.", vice.name(), odon.name(),
                        true, 0, 0, 0, List.of())));
        meetings.declareInterest(system, variation, new Interest(odon.name(), "Non-pecuniary: former employer of the contractor", false));
        meetings.decide(system, pathfinder, new Decision("That the update be noted.", chair.name(), una.name(), true, 0, 0, 0, List.of()));
        meetings.decide(system, staffing, new Decision("That the appointment be approved.", chair.name(), vice.name(), false, 4, 0, 0, List.of()));
        meetings.decide(system, variation, new Decision("That the variation be agreed within the capital budget.", una.name(),
                chair.name(), false, 3, 1, 0, List.of()));
        meetings.addAction(system, variation, "Confirm the revised completion date with the contractor", odon.name(), today.plusDays(14));
        meetings.changeStatus(system, second.id(), MeetingStatus.HELD);
        meetings.changeStatus(system, second.id(), MeetingStatus.MINUTES_DRAFTED);

        Meeting third = meetings.plan(system, new MeetingPlan(MeetingType.BOARD, "Board meeting",
                today.plusDays(30).atTime(LocalTime.of(14, 0)), "Guildhall, London EC2", "https://meet.plv.london/board"));
        item(third, ItemDraft.open("Occupancy and placements forecast", null));
        item(third, ItemDraft.exempt("Pricing of places sold to non-member authorities", 3,
                "Information relating to the financial or business affairs of the company", "Sale of places: pricing", null));
        meetings.changeStatus(system, third.id(), MeetingStatus.AGENDA_PUBLISHED);

        if (!loadResolutions(today)) {
            waitForTheRegister(today);
        }
    }

    /**
     * The two written resolutions, circulated to every member on the register of members on the circulation date
     * (s289): a special one agreed by just enough members (at least 75% of the voting rights) and filed, and an open
     * ordinary one. Answers false, doing nothing, while nobody is on the register that day (the members' demo not
     * recorded yet).
     */
    boolean loadResolutions(LocalDate today) {
        LocalDate circulated = today.minusDays(60);
        if (register.membersOn(circulated).isEmpty()) {
            return false;
        }
        WrittenResolution articles = resolutions.circulate(system, ResolutionKind.SPECIAL,
                "That the articles be amended so that the quorum of a general meeting is one third of the members.",
                circulated, WrittenResolution.DEFAULT_PERIOD_DAYS);
        for (String gss : articles.eligibleMembers().subList(0, articles.votesRequired())) {
            articles = resolutions.recordAgreement(system, articles.id(), gss, today.minusDays(55), null);
        }
        resolutions.recordFiling(system, articles.id(), today.minusDays(48), articles.version());
        WrittenResolution fee = resolutions.circulate(system, ResolutionKind.ORDINARY,
                "That the fixed annual fee of £20,000 be adjusted each April by the Consumer Prices Index.",
                today.minusDays(5), WrittenResolution.DEFAULT_PERIOD_DAYS);
        resolutions.recordAgreement(system, fee.id(), fee.eligibleMembers().get(0), today.minusDays(3), null);
        return true;
    }

    /** The members' demo may be recorded just after this one starts: circulate the resolutions once it is there. */
    private void waitForTheRegister(LocalDate today) {
        Thread waiter = new Thread(() -> {
            try {
                for (int i = 0; i < 120; i++) {
                    Thread.sleep(1000);
                    if (loadResolutions(today)) {
                        return;
                    }
                }
                LOG.warn("Board demo: nobody is on the register of members, so no written resolution was circulated");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warn("Board demo: the written resolutions could not be circulated", e);
            }
        }, "plv-board-demo-resolutions");
        waiter.setDaemon(true);
        waiter.start();
    }

    /** Illustrative people: the day of birth (the 14th) and the residential addresses are invented for the demo. */
    private Director appoint(String name, String occupation, String gss, DirectorRole role, LocalDate on, String nationality,
            YearMonth born) {
        return directors.appoint(system, new DirectorDetails(name, null, "c/o 59½ Southwark Street, London SE1 0AL",
                "Illustrative residential address, London", "England", nationality, occupation, born.atDay(14), gss, role, on));
    }

    private long item(Meeting m, ItemDraft draft) {
        AgendaItem item = meetings.addItem(system, m.id(), draft);
        return item.id();
    }

    private void attend(Meeting m, List<Director> board, Director apologies, Director leftEarly, Integer leftAfterItem) {
        for (Director d : board) {
            AttendanceStatus status = d.equals(apologies) ? AttendanceStatus.APOLOGIES : AttendanceStatus.PRESENT;
            meetings.recordAttendance(system, m.id(), d.name(), d.id(), Capacity.DIRECTOR, status, null,
                    d.equals(leftEarly) ? leftAfterItem : null);
        }
    }
}
