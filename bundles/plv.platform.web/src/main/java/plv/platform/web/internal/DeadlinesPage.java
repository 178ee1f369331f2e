package plv.platform.web.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.Actor;
import plv.platform.api.ValidationException;
import plv.platform.api.calendar.CalendarWriter;
import plv.platform.api.deadline.Deadline;
import plv.platform.api.time.PlvClock;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;
import plv.platform.web.api.CsvWriter;

/**
 * Every deadline the signed-in user may see, from every area: {@code /deadlines?days=90&area=Board&council=E09000003}
 * (overdue first, coloured by urgency, {@code &format=csv} for a spreadsheet), and the same as a personal iCalendar
 * feed: {@code /deadlines.ics} with a session, {@code /api/deadlines.ics} with HTTP Basic, a Bearer token or
 * {@code ?token=} (for calendar programs, which cannot send headers; the security filter accepts it on these two
 * paths only).
 */
@Component(service = WebRoutes.class)
public class DeadlinesPage implements WebRoutes {

    static final int DEFAULT_DAYS = 90;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private final DeadlineWhiteboard whiteboard;
    private final PlvClock clock;
    private final CalendarWriter calendars;

    @Activate
    public DeadlinesPage(@Reference DeadlineWhiteboard whiteboard, @Reference PlvClock clock, @Reference CalendarWriter calendars) {
        this.whiteboard = whiteboard;
        this.clock = clock;
        this.calendars = calendars;
    }

    @Override
    public void define(Routes routes) {
        routes.get("/deadlines", Access.signedIn(), this::page)
                .get("/deadlines.ics", Access.signedIn(), this::calendar)
                .get("/api/deadlines.ics", Access.signedIn(), this::calendar);
    }

    private Reply calendar(RouteRequest r) {
        Actor actor = r.requireActor();
        LocalDate today = clock.today();
        String area = blankToNull(r.servletRequest().getParameter("area"));
        Predicate<Deadline> chosen = chosen(area, council(r.servletRequest()));
        // a year back, so recent deadlines stay in subscribers' calendars, and three years ahead
        DeadlineWhiteboard.Gathered all = whiteboard.gather(actor, today, today.minusYears(1), today.plusYears(3));
        String body = DeadlineCalendar.write(calendars, all.deadlines().stream().filter(chosen).toList(), clock.now(),
                "PLV deadlines" + (area == null ? "" : " – " + area), siteAddress(r.servletRequest()));
        return Reply.inline("text/calendar;charset=UTF-8", "plv-deadlines.ics",
                out -> out.write(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private Reply page(RouteRequest r) {
        Actor actor = r.requireActor();
        HttpServletRequest req = r.servletRequest();
        LocalDate today = clock.today();
        String area = blankToNull(req.getParameter("area"));
        String council = council(req);
        int days = days(req);
        DeadlineWhiteboard.Gathered all = whiteboard.gather(actor, today, today, today.plusDays(days));
        List<Deadline> shown = all.deadlines().stream().filter(chosen(area, council)).toList();
        if ("csv".equals(req.getParameter("format"))) {
            return CsvWriter.download("plv-deadlines.csv", List.of("Date", "Days left", "Area", "Kind", "What", "Council", "Overdue", "Page"),
                    shown.stream().map(d -> List.<Object>of(d.date().toString(), ChronoUnit.DAYS.between(today, d.date()), d.area(),
                            d.kind(), d.title(), Objects.toString(d.councilGss(), ""), d.overdueOn(today) ? "yes" : "no",
                            siteAddress(req) + d.path())).toList());
        }
        Map<String, Object> model = new HashMap<>();
        model.put("deadlines", shown.stream().map(d -> row(d, today)).toList());
        model.put("days", days);
        model.put("area", area == null ? "" : area);
        model.put("council", council == null ? "" : council);
        model.put("areas", all.deadlines().stream().map(Deadline::area).distinct().sorted().toList());
        model.put("councils", all.deadlines().stream().map(Deadline::councilGss).filter(Objects::nonNull).distinct().sorted().toList());
        model.put("failed", all.failed());
        model.put("query", query(days, area, council));
        return Reply.page(getClass(), "deadlines.ftlh", "Deadlines", model);
    }

    private static Predicate<Deadline> chosen(String area, String council) {
        return d -> (area == null || area.equals(d.area())) && (council == null || council.equals(d.councilGss()));
    }

    private static Map<String, Object> row(Deadline d, LocalDate today) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("isoDate", d.date().toString());
        m.put("dateText", DATE.format(d.date()));
        m.put("daysLeft", ChronoUnit.DAYS.between(today, d.date()));
        m.put("urgency", DeadlineWhiteboard.urgency(d, today).name().toLowerCase(Locale.ROOT));
        m.put("area", d.area());
        m.put("kind", d.kind());
        m.put("title", d.title());
        m.put("path", d.path());
        m.put("council", Objects.toString(d.councilGss(), ""));
        return m;
    }

    /** The filters as a query string, for the CSV and calendar links. */
    private static String query(int days, String area, String council) {
        StringBuilder q = new StringBuilder("days=").append(days);
        if (area != null) {
            q.append("&area=").append(java.net.URLEncoder.encode(area, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (council != null) {
            q.append("&council=").append(council);
        }
        return q.toString();
    }

    private static String siteAddress(HttpServletRequest req) {
        String url = req.getRequestURL().toString();
        return url.substring(0, url.length() - req.getRequestURI().length()) + req.getContextPath();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String council(HttpServletRequest req) {
        String v = blankToNull(req.getParameter("council"));
        if (v != null && !v.matches("E0[0-9]{7}")) {
            throw new ValidationException("council", "'" + v + "' is not a council's GSS code; choose a council such as"
                    + " E09000003 (Barnet), or \"every council\".");
        }
        return v;
    }

    static int days(HttpServletRequest req) {
        String v = blankToNull(req.getParameter("days"));
        if (v == null) {
            return DEFAULT_DAYS;
        }
        if (!v.matches("\\d{1,4}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > 3660) {
            throw new ValidationException("days", "'" + v + "' is not a number of days ahead; enter a whole number from 1 to 3660.");
        }
        return Integer.parseInt(v);
    }
}
