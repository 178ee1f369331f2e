package plv.board.web.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import plv.board.api.Meetings;

/** The board's and general meetings as an iCalendar feed (dates, titles and places only: public information). */
@Component(service = Servlet.class, property = "plv.web.public.path=/public/board/meetings.ics")
@HttpWhiteboardServletPattern("/public/board/meetings.ics")
public class MeetingsCalendarFeed extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Meetings meetings;

    @Activate
    public MeetingsCalendarFeed(@Reference Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/calendar;charset=UTF-8");
        resp.setHeader("Content-Disposition", "inline; filename=\"plv-meetings.ics\"");
        resp.getOutputStream().write(meetings.calendar(null).getBytes(StandardCharsets.UTF_8));
    }
}
