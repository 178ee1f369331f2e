package plv.board.core.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import plv.board.api.Meeting;

/** Meetings as an RFC 5545 iCalendar: London local times, stable UIDs, two hours each, public titles only. */
final class MeetingCalendar {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private MeetingCalendar() {
    }

    static String of(List<Meeting> meetings, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Pan-London Vehicle//PLV Governance Suite//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:PLV board and general meetings");
        String stamp = LOCAL.format(now.atOffset(ZoneOffset.UTC)) + "Z";
        for (Meeting m : meetings) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:plv-meeting-" + m.id() + "@plv.london");
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART;TZID=Europe/London:" + LOCAL.format(m.startsAt()));
            line(ics, "DURATION:PT2H");
            line(ics, "SUMMARY:" + text(m.title()));
            String where = m.place() != null ? m.place() : m.onlineLink();
            if (where != null) {
                line(ics, "LOCATION:" + text(where));
            }
            line(ics, "STATUS:CONFIRMED");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Writes a content line, folded so that no line is longer than 75 octets. */
    private static void line(StringBuilder out, String content) {
        byte[] utf8 = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (utf8.length <= 75) {
            out.append(content).append("\r\n");
            return;
        }
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + len > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = 74;
            }
            out.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
