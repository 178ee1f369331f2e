package plv.platform.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import plv.platform.api.deadline.Deadline;

/** The feed as RFC 5545, written with biweekly and read back with ical4j. */
class DeadlineCalendarTest {

    static final Instant STAMP = Instant.parse("2026-11-23T09:30:00Z");
    final Deadline notify = new Deadline(LocalDate.of(2026, 12, 2), "Board", "Companies House notification",
            "Notify Companies House of the appointment of Zoë Łukasiewicz-Ödön, chair; vice-chair (AP01) and a title long enough to fold",
            "/board/directors/7", "companies-house-appointment-7@board.plv.london", null, true);
    final Deadline breakNotice = new Deadline(LocalDate.of(2027, 3, 31), "Membership", "Last day to serve break notice",
            "Barnet: last day to serve break notice", "/members/E09000003",
            "break-notice-deadline-E09000003-2027-03-31@membership.plv.london", "E09000003", false);

    String feed() {
        return DeadlineCalendar.write(new ICalendarWriter(), List.of(notify, breakNotice), STAMP, "PLV deadlines", "https://plv.example");
    }

    @Test
    void everyDeadlineIsAnAllDayEventWithItsStableUidAndAReminder() throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(feed()));
        List<VEvent> events = cal.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent first = events.get(0);
        assertThat(first.getProperty("UID").orElseThrow().getValue()).isEqualTo("companies-house-appointment-7@board.plv.london");
        assertThat(first.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20261202");
        assertThat(first.getProperty("DTSTART").orElseThrow().getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DATE");
        assertThat(first.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20261203");
        assertThat(first.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo(notify.title());
        assertThat(first.getProperty("URL").orElseThrow().getValue()).isEqualTo("https://plv.example/board/directors/7");
        assertThat(first.getAlarms()).singleElement().satisfies(a ->
                assertThat(java.time.Period.parse(a.getProperty("TRIGGER").orElseThrow().getValue())).isEqualTo(java.time.Period.ofDays(-7)));
        assertThat(events.get(1).getProperty("DESCRIPTION").orElseThrow().getValue()).contains("Membership, E09000003");
    }

    @Test
    void theFeedIsTheSameEachTimeWithFoldedCrlfLines() {
        String ics = feed();
        assertThat(feed()).isEqualTo(ics);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n").contains("TRIGGER:-P1W\r\n")
                .contains("DTSTAMP:20261123T093000Z\r\n");
        assertThat(ics.replace("\r\n ", "")).contains("Ödön\\, chair\\; vice-chair");
        assertThat(ics.split("\r\n")).allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    }
}
