package plv.itest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.board.api.Director;
import plv.board.api.DirectorDetails;
import plv.board.api.DirectorRole;
import plv.board.api.DirectorsRegister;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.deadline.Deadline;
import plv.platform.api.deadline.DeadlineSource;
import plv.platform.api.web.DashboardPanel;
import plv.platform.api.web.PanelItem;
import plv.platform.api.web.Urgency;
import plv.platform.security.api.UserDirectory;

/**
 * The deadlines whiteboard in the real framework: a source registered at run time shows in a secretary's iCalendar
 * feed (read with a {@code ?token=} as a calendar program would) and goes when it is unregistered; the board's
 * Companies House reminder of an unnotified appointment shows in the feed and, overdue, on the dashboard panel; the old
 * membership feed address leads to the shared feed.
 */
@ExtendWith(ServiceExtension.class)
class DeadlinesTest {

    static final Actor SECRETARY = new Actor("sec.deadlines.itest", "Secretary", Role.SECRETARY, null);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @InjectService(timeout = 30_000)
    static UserDirectory users;
    @InjectService(timeout = 30_000)
    static DirectorsRegister directors;
    @InjectService(timeout = 30_000, filter = "(component.name=plv.platform.web.internal.DeadlinesPanel)")
    static DashboardPanel panel;

    static String token;

    @BeforeAll
    static void aSecretaryWithACalendarToken() {
        token = Itest.calendarToken(users, Role.SECRETARY);
    }

    static String feed() throws IOException, InterruptedException {
        return Itest.deadlinesFeed(token);
    }

    @Test
    void aSourceRegisteredAtRunTimeAppearsAndGoesWhenUnregistered() throws Exception {
        String uid = "itest-" + System.nanoTime() + "@itest.plv.london";
        String overdueUid = "overdue-" + uid;
        // one in the coming days, and one outstanding since 1990, which sorts first on the dashboard
        DeadlineSource source = (actor, from, until) -> actor.is(Role.SECRETARY)
                ? List.of(new Deadline(TODAY.plusDays(5), "Itest area", "Itest kind", "Itest deadline " + uid, "/itest", uid, null, false),
                        new Deadline(LocalDate.of(1990, 1, 1), "Itest area", "Itest kind", "Itest overdue " + uid, "/itest",
                                overdueUid, null, true))
                : List.of();
        ServiceRegistration<DeadlineSource> registration = Itest.context().registerService(DeadlineSource.class, source, null);
        try {
            assertThat(feed()).contains("UID:" + uid + "\r\n", "SUMMARY:Itest deadline " + uid, "UID:" + overdueUid + "\r\n");
            assertThat(panel.items(SECRETARY)).contains(new PanelItem("Itest area: Itest overdue " + uid, "/itest",
                    LocalDate.of(1990, 1, 1), Urgency.OVERDUE));
            assertThat(panel.items(new Actor("viewer.itest", null, Role.VIEWER, null))).extracting(PanelItem::text)
                    .noneMatch(t -> t.contains(uid));
        } finally {
            registration.unregister();
        }
        assertThat(feed()).doesNotContain(uid);
        assertThat(panel.items(SECRETARY)).extracting(PanelItem::text).noneMatch(t -> t.contains(uid));
    }

    @Test
    void anUnnotifiedAppointmentIsACompaniesHouseReminderInTheFeedAndOverdueOnTheDashboard() throws Exception {
        String name = "Itest Director " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
        // appointed long ago and never notified: its deadline sorts before any other overdue one but the itest's own (1990)
        Director d = directors.appoint(SECRETARY, new DirectorDetails(name, null, "59½ Southwark Street, London",
                "1 Private Road, London", "England", "British", "Director of Finance", LocalDate.of(1960, 5, 14), "E09000003",
                DirectorRole.DIRECTOR, LocalDate.of(2001, 1, 1)));
        String reminder = "Notify Companies House of the appointment of " + name + " (AP01)";
        assertThat(feed()).contains("SUMMARY:" + reminder, "DTSTART;VALUE=DATE:20010115", "URL:", "/board/directors/" + d.id());
        assertThat(panel.title()).isEqualTo("Deadlines in the next 90 days");
        assertThat(panel.items(SECRETARY)).contains(new PanelItem("Board: " + reminder, "/board/directors/" + d.id(),
                LocalDate.of(2001, 1, 15), Urgency.OVERDUE));

        directors.markNotified(SECRETARY, d.id(), false, TODAY, d.version());
        assertThat(feed()).doesNotContain(reminder);
    }

    @Test
    void theOldMembershipFeedAddressLeadsToTheSharedFeedKeepingTheToken() throws Exception {
        HttpResponse<String> r = Itest.get("/api/membership/deadlines.ics?token=" + token);
        assertThat(r.statusCode()).isEqualTo(308);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(l).endsWith("/api/deadlines.ics?area=Membership&token=" + token));
        assertThat(Itest.get("/api/deadlines.ics?area=Membership&token=" + token).body()).contains("X-WR-CALNAME:PLV deadlines – Membership");
    }
}
