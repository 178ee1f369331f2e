package plv.platform.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VTimeZone;
import plv.platform.api.calendar.CalendarEvent;

/** The platform's iCalendar writer, its feeds read back with ical4j (an independent parser). */
class ICalendarWriterTest {

    static final Instant STAMP = Instant.parse("2026-11-23T09:30:00Z");
    final ICalendarWriter writer = new ICalendarWriter();

    String feed(CalendarEvent... events) {
        return writer.write("-//Pan-London Vehicle//test//EN", "Test", List.of(events), STAMP);
    }

    @Test
    void timedEventsAreLondonLocalTimesWithTheVtimezoneThatDefinesThem() throws Exception {
        String ics = feed(CalendarEvent.at("winter@plv", LocalDateTime.of(2026, 12, 10, 14, 0), Duration.ofHours(2), "Board", "Guildhall, London"),
                CalendarEvent.at("summer@plv", LocalDateTime.of(2026, 7, 1, 14, 0), Duration.ofHours(2), "Board", null));
        assertThat(ics).contains("DTSTART;TZID=Europe/London:20261210T140000\r\n", "DTSTART;TZID=Europe/London:20260701T140000\r\n",
                "DURATION:PT2H\r\n", "LOCATION:Guildhall\\, London\r\n", "BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n");
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        VTimeZone vtz = (VTimeZone) cal.getComponent("VTIMEZONE").orElseThrow();
        TimeZone london = new net.fortuna.ical4j.model.TimeZone(vtz);
        // the feed's own VTIMEZONE agrees with the JDK's tz database on every day of 2020-2040, both clock changes included
        java.time.zone.ZoneRules rules = java.time.ZoneId.of("Europe/London").getRules();
        List<String> differ = new java.util.ArrayList<>();
        for (Instant t = Instant.parse("2020-01-01T00:30:00Z"); t.isBefore(Instant.parse("2041-01-01T00:00:00Z")); t = t.plus(Duration.ofHours(6))) {
            if (london.getOffset(t.toEpochMilli()) != rules.getOffset(t).getTotalSeconds() * 1000) {
                differ.add(t + " " + london.getOffset(t.toEpochMilli()));
            }
        }
        assertThat(differ).isEmpty();
        // the clocks change at 01:00 GMT (RFC 5545 3.6.5: an observance's DTSTART is local time in its TZOFFSETFROM);
        // ical4j's TimeZone is not exact within the hours of the change, so the onsets are checked as written
        assertThat(ics).contains("BEGIN:DAYLIGHT\r\nDTSTART:19810329T010000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n"
                + "TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\n", "BEGIN:STANDARD\r\nDTSTART:19961027T020000\r\n"
                + "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\n");
    }

    @Test
    void anAllDayEventIsItsDayWhateverZoneTheJvmRunsIn() throws Exception {
        TimeZone before = TimeZone.getDefault();
        try {
            for (String zone : List.of("Pacific/Auckland", "UTC", "America/Los_Angeles", "Europe/London")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                String ics = feed(CalendarEvent.allDay("d@plv", LocalDate.of(2027, 3, 28), "Break notice", null, null, List.of(), null));
                assertThat(ics).as(zone).contains("DTSTART;VALUE=DATE:20270328\r\n", "DTEND;VALUE=DATE:20270329\r\n");
            }
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void longTextIsEscapedAndFoldedAt75OctetsNeverInsideACharacter() {
        String title = "Ödön Łukasiewicz; chair, vice-chair \\ and ".repeat(4) + "€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€";
        String ics = feed(CalendarEvent.allDay("f@plv", LocalDate.of(2027, 1, 4), title, "line one\nline two", null, List.of("Board"),
                Duration.ofDays(7)));
        assertThat(ics.split("\r\n")).allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Ödön Łukasiewicz\\; chair\\, vice-chair \\\\ and", "DESCRIPTION:line one\\nline two",
                "TRIGGER:-P1W\r\n", "TRANSP:TRANSPARENT\r\n").doesNotContain("\uFFFD");
        assertThat(ics).isEqualTo(feed(CalendarEvent.allDay("f@plv", LocalDate.of(2027, 1, 4), title, "line one\nline two", null,
                List.of("Board"), Duration.ofDays(7))));
    }
}
