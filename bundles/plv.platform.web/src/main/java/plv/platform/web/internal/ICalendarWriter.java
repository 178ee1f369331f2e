package plv.platform.web.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.osgi.service.component.annotations.Component;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.CalendarScale;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Method;
import biweekly.property.Status;
import biweekly.property.Transparency;
import biweekly.property.Trigger;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import plv.platform.api.calendar.CalendarEvent;
import plv.platform.api.calendar.CalendarWriter;

/**
 * The platform's iCalendar writer, with biweekly: every feed carries a VTIMEZONE for Europe/London (British Summer Time
 * from 01:00 GMT on the last Sunday of March to 01:00 GMT on the last Sunday of October: Summer Time Act 1972 s1(2) as
 * substituted by the Summer Time Order 2002; docs/rules/calendar.md) and gives timed events in London local time with
 * TZID=Europe/London; all-day events are dates. biweekly folds lines by characters, RFC 5545 section 3.1 by octets
 * ("Lines of text SHOULD NOT be longer than 75 octets"), so the feed is written unfolded and folded here, never inside
 * a UTF-8 sequence.
 */
@Component(service = CalendarWriter.class)
public class ICalendarWriter implements CalendarWriter {

    static final ZoneId LONDON = plv.platform.api.time.PlvClock.LONDON;

    @Override
    public String write(String productId, String calendarName, List<CalendarEvent> events, java.time.Instant stamp) {
        ICalendar ical = new ICalendar();
        ical.setProductId(productId);
        ical.setMethod(Method.publish());
        ical.setCalendarScale(CalendarScale.gregorian());
        ical.setExperimentalProperty("X-WR-CALNAME", calendarName);
        ical.setExperimentalProperty("X-WR-TIMEZONE", LONDON.getId());
        ical.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(LONDON), london()));
        Date dtstamp = Date.from(stamp);
        for (CalendarEvent e : events) {
            VEvent v = new VEvent();
            v.setUid(e.uid());
            v.setDateTimeStamp(dtstamp);
            if (e.day() != null) {
                v.setDateStart(new DateStart(date(e.day()), false));
                v.setDateEnd(new DateEnd(date(e.day().plusDays(1)), false));
            } else {
                v.setDateStart(new DateStart(Date.from(e.start().atZone(LONDON).toInstant()), true));
                if (e.duration() != null) {
                    v.setDuration(biweekly.util.Duration.fromMillis(e.duration().toMillis()));
                }
                v.setStatus(Status.confirmed());
            }
            v.setSummary(e.summary());
            if (e.description() != null) {
                v.setDescription(e.description());
            }
            if (e.url() != null) {
                v.setUrl(e.url());
            }
            if (e.location() != null) {
                v.setLocation(e.location());
            }
            if (!e.categories().isEmpty()) {
                v.addCategories(e.categories().toArray(String[]::new));
            }
            if (e.free()) {
                v.setTransparency(Transparency.transparent());
            }
            if (e.reminderBefore() != null) {
                biweekly.util.Duration before = biweekly.util.Duration.fromMillis(-e.reminderBefore().toMillis());
                v.addAlarm(VAlarm.display(new Trigger(before, null), e.summary()));
            }
            ical.addEvent(v);
        }
        return fold(Biweekly.write(ical).foldLines(false).go());
    }

    /**
     * A date for biweekly's date values, which it writes in the JVM's default time zone: the start of {@code day} there,
     * so that the date written is {@code day} whatever zone the JVM runs in.
     */
    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    /** Europe/London since 1996 (the current rules): GMT in winter, BST (+01:00) in summer. */
    static VTimezone london() {
        VTimezone tz = new VTimezone(LONDON.getId());
        DaylightSavingsTime bst = new DaylightSavingsTime();
        bst.setDateStart(new DateTimeComponents(1981, 3, 29, 1, 0, 0, false));
        bst.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(3).byDay(-1, DayOfWeek.SUNDAY).build());
        bst.setTimezoneOffsetFrom(new UtcOffset(true, 0, 0));
        bst.setTimezoneOffsetTo(new UtcOffset(true, 1, 0));
        bst.addTimezoneName("BST");
        tz.addDaylightSavingsTime(bst);
        StandardTime gmt = new StandardTime();
        gmt.setDateStart(new DateTimeComponents(1996, 10, 27, 2, 0, 0, false));
        gmt.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(10).byDay(-1, DayOfWeek.SUNDAY).build());
        gmt.setTimezoneOffsetFrom(new UtcOffset(true, 1, 0));
        gmt.setTimezoneOffsetTo(new UtcOffset(true, 0, 0));
        gmt.addTimezoneName("GMT");
        tz.addStandardTime(gmt);
        return tz;
    }

    /** Folds each CRLF line so that none is longer than 75 octets; continuations start with a space. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 60);
        for (String line : unfolded.split("\r\n")) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            int start = 0;
            int limit = 75;
            while (bytes.length - start > limit) {
                int end = start + limit;
                while ((bytes[end] & 0xC0) == 0x80) { // never inside a UTF-8 sequence
                    end--;
                }
                out.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n ");
                start = end;
                limit = 74;
            }
            out.append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8)).append("\r\n");
        }
        return out.toString();
    }
}
