package plv.platform.web.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import plv.platform.api.deadline.Deadline;

/**
 * Writes deadlines as an RFC 5545 iCalendar: all-day events (DTSTART;VALUE=DATE and DTEND the next day) with the
 * source's stable UID, a link to the page where each is dealt with, a display reminder 7 days before, CRLF line ends,
 * text escaped (backslash, semicolon, comma, newline) and lines folded at 75 octets.
 */
final class DeadlineCalendar {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private DeadlineCalendar() {
    }

    /**
     * @param stamp        when the feed was made (DTSTAMP)
     * @param calendarName the name calendar programs show
     * @param siteAddress  the product's address without a trailing slash, e.g. {@code https://plv.example}, for the
     *                     links to each deadline's page
     */
    static String write(List<Deadline> deadlines, Instant stamp, String calendarName, String siteAddress) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Pan-London Vehicle//PLV Governance Suite deadlines//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        for (Deadline d : deadlines) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + d.uid());
            line(out, "DTSTAMP:" + STAMP.format(stamp));
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(d.date()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(d.date().plusDays(1)));
            line(out, "SUMMARY:" + text(d.title()));
            line(out, "DESCRIPTION:" + text(d.kind() + " (" + d.area() + (d.councilGss() == null ? "" : ", " + d.councilGss())
                    + ") on " + d.date() + ". Deal with it at " + siteAddress + d.path()));
            line(out, "URL:" + siteAddress + d.path());
            line(out, "CATEGORIES:" + text(d.area()) + "," + text(d.kind()));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "BEGIN:VALARM");
            line(out, "ACTION:DISPLAY");
            line(out, "DESCRIPTION:" + text(d.title()));
            line(out, "TRIGGER:-P7D");
            line(out, "END:VALARM");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Appends a content line folded so that no line is longer than 75 octets (continuations start with a space). */
    static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int limit = 75;
        while (bytes.length - start > limit) {
            int end = start + limit;
            // never split a UTF-8 sequence: back up to a lead byte
            while ((bytes[end] & 0xC0) == 0x80) {
                end--;
            }
            out.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n ");
            start = end;
            limit = 74;
        }
        out.append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8)).append("\r\n");
    }
}
