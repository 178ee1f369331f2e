package plv.programme.sch.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.ValidationException;
import plv.platform.api.time.FinancialYear;
import plv.platform.api.web.CurrentUser;

/**
 * The programme's JSON API under {@code /api/programmes/secure-childrens-home/}: {@code places}, {@code referrals}
 * (and {@code referrals/{id}}, with the allocation rule's verdict), {@code placements} (scoped to the placing officer's
 * council), {@code occupancy?from=&to=&by=day|month|financialYear|subRegion|council} and {@code sales?year=YYYY}.
 * {@code POST referrals} (JSON), {@code POST referrals/{id}/accept}, {@code POST referrals/{id}/decline},
 * {@code POST placements/{id}/move} and {@code .../end} ({@code {"day":"YYYY-MM-DD"}}); {@code GET} and
 * {@code POST prices} (weekly prices, effective-dated). Inspections, incidents and the quarterly report are routes
 * ({@link SchRecordsRoutes}), which the platform's {@code /api} route servlet now serves below a programme.
 * <p>
 * Registered with exact patterns (and {@code referrals/*}, {@code placements/*}) so that it sits beside, not over,
 * the platform's {@code /api/programmes/*} and the commissioning area's {@code .../contracts} and {@code .../risks}:
 * the whiteboard gives an exact or longer pattern precedence. A route ({@code WebRoutes}) cannot live here: routes are
 * served per first segment ({@code /api/*}), which the longer {@code /api/programmes/*} would shadow.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({SchApi.BASE + "/places", SchApi.BASE + "/referrals", SchApi.BASE + "/referrals/*", SchApi.BASE + "/placements",
        SchApi.BASE + "/placements/*", SchApi.BASE + "/occupancy", SchApi.BASE + "/sales", SchApi.BASE + "/prices"})
public class SchApi extends HttpServlet {

    static final String BASE = "/api/programmes/" + SecureChildrensHome.ID;
    private static final long serialVersionUID = 1L;
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final int MAX_BODY = 20_000;

    private final transient SchHome home;
    private final transient CurrentUser users;

    @Activate
    public SchApi(@Reference SchHome home, @Reference CurrentUser users) {
        this.home = home;
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Actor actor = users.require(req);
        String what = req.getServletPath().substring(BASE.length());
        String info = req.getPathInfo() == null ? "" : req.getPathInfo();
        Object body = switch (what) {
            case "/places" -> Map.of("day", home.today(), "opening", home.opening(), "emergencyReserve", home.reserve(),
                    "places", home.places(actor, home.today()));
            case "/referrals" -> info.isEmpty() || info.equals("/") ? home.referrals(actor) : referral(actor, id(info));
            case "/placements" -> info.isEmpty() || info.equals("/") ? home.placements(actor) : home.placement(actor, id(info));
            case "/occupancy" -> occupancy(req);
            case "/sales" -> sales(req);
            case "/prices" -> home.prices().all();
            default -> throw new NotFoundException("There is nothing at " + req.getRequestURI() + ".");
        };
        write(resp, 200, body);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Actor actor = users.require(req);
        String what = req.getServletPath().substring(BASE.length());
        String info = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (what.equals("/prices")) {
            JsonNode in = body(req);
            write(resp, 201, home.setPrice(actor, text(in, "effectiveFrom"), text(in, "memberWeekly"), text(in, "nonMemberWeekly")));
            return;
        }
        if (what.equals("/placements")) {
            String[] parts = info.isEmpty() ? new String[0] : info.substring(1).split("/");
            if (parts.length != 2 || !parts[1].matches("move|end")) {
                throw new NotFoundException("There is nothing to post at " + req.getRequestURI() + ".");
            }
            String day = text(body(req), "day");
            long id = id("/" + parts[0]);
            write(resp, 200, parts[1].equals("move") ? home.move(actor, id, day) : home.end(actor, id, day));
            return;
        }
        if (!what.equals("/referrals")) {
            throw new NotFoundException("There is nothing to post at " + req.getRequestURI() + ".");
        }
        JsonNode in = body(req);
        if (info.isEmpty() || info.equals("/")) {
            List<String> needs = new ArrayList<>();
            in.path("needs").forEach(n -> needs.add(n.asText()));
            SchHome.Referral r = home.refer(actor, new SchHome.ReferralInput(text(in, "reference"), text(in, "councilGss"),
                    text(in, "councilName"), text(in, "receivedOn"), text(in, "ageBand"), text(in, "legalBasis"), needs, text(in, "urgency"),
                    text(in, "distanceMiles"), text(in, "notes"), in.path("confirmNotes").asBoolean(false)));
            write(resp, 201, r);
            return;
        }
        String[] parts = info.substring(1).split("/");
        if (parts.length != 2) {
            throw new NotFoundException("There is nothing to post at " + req.getRequestURI() + ".");
        }
        long id = id("/" + parts[0]);
        Object out = switch (parts[1]) {
            case "accept" -> home.accept(actor, id, text(in, "start"), text(in, "plannedEnd"), text(in, "authorisedBy"));
            case "decline" -> home.decline(actor, id, text(in, "reason"));
            default -> throw new NotFoundException("There is nothing to post at " + req.getRequestURI() + ".");
        };
        write(resp, 200, out);
    }

    private Map<String, Object> referral(Actor actor, long id) {
        SchHome.Referral r = home.referral(actor, id);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("referral", r);
        if (r.decision() == Kinds.Decision.WAITING) {
            v.put("ruleToday", home.verdict(actor, id, home.today(), null));
        }
        return v;
    }

    private Map<String, Object> occupancy(HttpServletRequest req) {
        LocalDate to = date(req, "to", home.today());
        LocalDate from = date(req, "from", to.minusYears(1).plusDays(1));
        if (to.isBefore(from)) {
            throw new ValidationException("to", "to " + to + " is before from " + from + "; give a later date.");
        }
        if (FinancialYear.daysInclusive(from, to) > 366 * 50) {
            throw new ValidationException("from", "Ask for at most 50 years at a time.");
        }
        String by = req.getParameter("by") == null ? "month" : req.getParameter("by");
        Occupancy o = home.occupancy(from, to);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("from", from);
        v.put("to", to);
        v.put("opening", home.opening());
        v.put("places", SchHome.PLACES);
        v.put("targetPercent", home.targetPercent());
        v.put("by", by);
        v.put("total", o.total());
        v.put("lines", switch (by) {
            case "month" -> o.byMonth();
            case "financialYear" -> o.byFinancialYear();
            case "subRegion" -> o.bySubRegion();
            case "council" -> o.byCouncil();
            case "day" -> {
                if (o.days() > 3700) {
                    throw new ValidationException("by", "by=day covers at most about 10 years (3700 days); narrow from and to.");
                }
                List<Map<String, Object>> days = new ArrayList<>();
                for (LocalDate d = from.isBefore(home.opening()) ? home.opening() : from; !d.isAfter(to); d = d.plusDays(1)) {
                    days.add(Map.of("day", d, "occupied", o.on(d)));
                }
                yield days;
            }
            default -> throw new ValidationException("by", "by must be day, month, financialYear, subRegion or council, not '"
                    + SchHome.abbreviate(by) + "'.");
        });
        return v;
    }

    private Map<String, Object> sales(HttpServletRequest req) {
        String y = req.getParameter("year");
        FinancialYear year;
        try {
            year = y == null || y.isBlank() ? FinancialYear.containing(home.today()) : FinancialYear.parse(y);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("year", "year: " + e.getMessage());
        }
        if (year.startYear() < 2000 || year.startYear() > 2100) {
            throw new ValidationException("year", "year: give a financial year between 2000 and 2100, e.g. 2028.");
        }
        List<SchHome.Sale> sales = home.sales(year.startYear());
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("financialYear", year.startYear());
        v.put("label", year.label());
        v.put("incomePence", sales.stream().mapToLong(SchHome.Sale::pence).sum());
        v.put("sales", sales);
        return v;
    }

    private static long id(String info) {
        try {
            return Long.parseLong(info.substring(1));
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no record " + SchHome.abbreviate(info.substring(1)) + ".");
        }
    }

    private static LocalDate date(HttpServletRequest req, String name, LocalDate dflt) {
        String t = req.getParameter(name);
        if (t == null || t.isBlank()) {
            return dflt;
        }
        try {
            return LocalDate.parse(t.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(name, name + ": '" + SchHome.abbreviate(t) + "' is not a date; write it as YYYY-MM-DD.");
        }
    }

    static JsonNode body(HttpServletRequest req) throws IOException {
        byte[] bytes = req.getInputStream().readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw new ValidationException("body", "The request body is over " + MAX_BODY + " bytes; send less.");
        }
        if (bytes.length == 0) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode n = JSON.readTree(bytes);
            if (n == null || !n.isObject()) {
                throw new ValidationException("body", "Send a JSON object, e.g. {\"reference\":\"CAM-2028-0001\", ...}.");
            }
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ValidationException("body", "The body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode in, String field) {
        JsonNode n = in.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static void write(HttpServletResponse resp, int status, Object body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        JSON.writeValue(resp.getOutputStream(), body);
    }
}
