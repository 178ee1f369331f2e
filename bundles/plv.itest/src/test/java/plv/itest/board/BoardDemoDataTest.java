package plv.itest.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.board.api.BoardDeadlines;
import plv.board.api.DirectorsRegister;
import plv.board.api.Meeting;
import plv.board.api.MeetingStatus;
import plv.board.api.Meetings;
import plv.board.api.MinutesEdition;
import plv.board.api.WrittenResolution;
import plv.board.api.WrittenResolutions;
import plv.itest.platform.Itest;
import plv.membership.api.MemberRegister;
import plv.platform.api.time.PlvClock;
import plv.platform.api.Actor;
import plv.platform.api.persistence.Database;

/**
 * The board's demo data loads through the real services on this run's database. The loader normally runs only with
 * {@code plv.demo=true} on empty tables; here its loading step is called directly, for a year of its own.
 */
@ExtendWith(ServiceExtension.class)
class BoardDemoDataTest {
    @InjectService(timeout = 30_000)
    static DirectorsRegister directors;
    @InjectService(timeout = 30_000)
    static Meetings meetings;
    @InjectService(timeout = 30_000)
    static WrittenResolutions resolutions;
    @InjectService(timeout = 30_000)
    static BoardDeadlines deadlines;
    @InjectService(timeout = 30_000)
    static MemberRegister register;
    @InjectService(timeout = 30_000)
    static Database database;
    @InjectService(timeout = 30_000)
    static plv.board.api.PscRegister psc;
    @InjectService(timeout = 30_000)
    static plv.board.api.CompanyFilings filings;

    @Test
    void demoHasThreeMeetingsWithPart2BusinessAndTwoResolutions() throws Exception {
        LocalDate day = LocalDate.of(BoardTest.YEAR + 1, 6, 1);
        Bundle core = List.of(Itest.context().getBundles()).stream().filter(b -> b.getSymbolicName().equals("plv.board.core"))
                .findFirst().orElseThrow();
        Class<?> loader = core.loadClass("plv.board.core.internal.BoardDemoData");
        BoardTest.membersOnTheRegister(register);
        Object demo = loader.getConstructors()[0].newInstance(Itest.context(), directors, meetings, resolutions, register,
                PlvClock.fixedOn(day), database, psc, filings);
        Method load = loader.getDeclaredMethod("load", LocalDate.class);
        load.setAccessible(true);
        load.invoke(demo, day);

        Actor secretary = Actor.system();
        List<Meeting> demoMeetings = meetings.meetings(secretary).stream()
                .filter(m -> !m.startsAt().toLocalDate().isBefore(day.minusDays(120)) && !m.startsAt().toLocalDate().isAfter(day.plusDays(30)))
                .toList();
        assertThat(demoMeetings).extracting(Meeting::status).containsExactly(MeetingStatus.AGENDA_PUBLISHED,
                MeetingStatus.MINUTES_DRAFTED, MeetingStatus.MINUTES_APPROVED);
        assertThat(demoMeetings).allSatisfy(m -> {
            assertThat(m.items()).anyMatch(i -> i.exempt());
            assertThat(m.items()).anyMatch(i -> !i.exempt());
        });
        Meeting approved = demoMeetings.get(2);
        assertThat(approved.items()).anySatisfy(i -> {
            assertThat(i.exemptParagraph()).isEqualTo(3);
            assertThat(i.decision().notVoting()).containsExactly("Łukasz Wójcik");
        });
        String publicText = text(meetings.minutesPdf(null, approved.id(), MinutesEdition.PUBLIC));
        // the company's name as the seeds give it, and the 1995 Order's statement naming the member councils (art 4)
        assertThat(publicText.replaceAll("\\s+", " ")).contains("Pan London Vehicle for Children's Complex Commissioning Ltd",
                "is a company controlled by local authorities within the meaning of Part V of the Local Government and Housing Act 1989",
                "The relevant authorities are the councils")
                .doesNotContain("Pan-London Vehicle");
        assertThat(publicText).contains("Exempt information: Schedule 12A paragraph 3", "Zoë Brontë-Okafor")
                .doesNotContain("tender evaluation", "Dafydd ap Gruffydd", "preferred bidder");
        assertThat(text(meetings.minutesPdf(secretary, approved.id(), MinutesEdition.CONFIDENTIAL)))
                .contains("preferred bidder", "Dafydd ap Gruffydd", "Łukasz Wójcik");
        assertThat(text(meetings.minutesPdf(secretary, demoMeetings.get(1).id(), MinutesEdition.PUBLIC))).contains("DRAFT");

        // every member on the register on the circulation date is eligible (s289)
        assertThat(resolutions.resolutions(secretary)).filteredOn(r -> r.circulatedOn().isAfter(day.minusDays(61)))
                .allSatisfy(r -> assertThat(r.eligibleMembers()).containsAll(BoardTest.ON_REGISTER))
                .extracting(WrittenResolution::passedOn).contains(day.minusDays(55));
        assertThat(directors.directors(secretary)).anyMatch(d -> d.name().equals("Órla Ní Bhriain"));
        assertThat(directors.companiesHouseReminders(secretary)).anyMatch(r -> r.title().contains("Benedikt Łęcki-Müller"));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
