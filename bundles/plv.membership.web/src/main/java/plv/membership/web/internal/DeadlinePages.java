package plv.membership.web.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import plv.membership.api.Deadlines;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.web.CurrentUser;
import plv.platform.api.web.PageRenderer;
import plv.platform.api.web.Urgency;

/**
 * Membership deadlines ({@code /members/deadlines?days=90}) and the same as an iCalendar feed
 * ({@code /members/deadlines.ics} with a session, {@code /api/membership/deadlines.ics} with HTTP Basic or a token).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/members/deadlines", "/members/deadlines.ics", "/api/membership/deadlines.ics"})
public class DeadlinePages extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int FEED_DAYS = 3 * 366;
    private final transient CurrentUser users;
    private final transient PageRenderer pages;
    private final transient Deadlines deadlines;

    @Activate
    public DeadlinePages(@Reference CurrentUser users, @Reference PageRenderer pages, @Reference Deadlines deadlines) {
        this.users = users;
        this.pages = pages;
        this.deadlines = deadlines;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Actor actor = users.require(req, Role.SECRETARY, Role.DIRECTOR, Role.MONITORING_OFFICER);
        LocalDate today = LocalDate.now();
        if (req.getServletPath().endsWith(".ics") || req.getRequestURI().endsWith(".ics")) {
            resp.setContentType("text/calendar;charset=UTF-8");
            resp.setHeader("Content-Disposition", "inline; filename=\"plv-membership-deadlines.ics\"");
            // a year back, so recent deadlines stay in subscribers' calendars, and three years ahead
            resp.getWriter().write(deadlines.calendar(actor, today.minusYears(1), FEED_DAYS + 366));
            return;
        }
        int days = days(req);
        Map<String, Object> model = new HashMap<>();
        model.put("deadlines", deadlines.upcoming(actor, today, days).stream().map(d -> {
            Map<String, Object> m = Views.map(d);
            long left = ChronoUnit.DAYS.between(today, d.date());
            m.put("kindLabel", d.kind().label());
            m.put("dateText", Views.date(d.date()));
            m.put("daysLeft", left);
            m.put("urgency", Urgency.ofDaysLeft(left).name().toLowerCase());
            return m;
        }).toList());
        model.put("days", days);
        pages.render(req, resp, getClass(), "members/deadlines.ftlh", "Membership deadlines", model);
    }

    private static int days(HttpServletRequest req) {
        String v = req.getParameter("days");
        if (v == null || v.isBlank()) {
            return 90;
        }
        if (!v.matches("\\d{1,4}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > 3660) {
            throw new ValidationException("days", "Enter a number of days from 1 to 3660.");
        }
        return Integer.parseInt(v);
    }
}
