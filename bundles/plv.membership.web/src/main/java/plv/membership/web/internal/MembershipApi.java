package plv.membership.web.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.LinkedHashMap;
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

import plv.membership.api.Contributions;
import plv.membership.api.FeeSchedule;
import plv.membership.api.FundingModel;
import plv.membership.api.IndexMethod;
import plv.membership.api.Indexation;
import plv.membership.api.SharedFunding;
import plv.membership.api.SharingBasis;
import plv.membership.api.MemberAgreements;
import plv.membership.api.MemberRegister;
import plv.platform.api.Actor;
import plv.platform.api.time.PlvClock;
import plv.platform.api.NotFoundException;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.time.FinancialYear;
import plv.platform.api.web.CurrentUser;

/**
 * JSON API: {@code /api/members} (each with its GSS code), {@code /api/members/{gss}}, {@code /api/agreements} (each
 * with its computed dates in ISO format, {@code ?asOf=YYYY-MM-DD}, among them {@code dates.nextExit} and
 * {@code renewal}), {@code /api/contributions?year=YYYY} (with the year's issued statements), {@code /api/fees} (the
 * fee schedules by date and the shared funding figures); the secretary POSTs to {@code /api/fees/schedule},
 * {@code /api/fees/shared-funding}, {@code /api/contributions/issue} and {@code /api/contributions/correct}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/members", "/api/members/*", "/api/agreements", "/api/contributions",
        "/api/contributions/*", "/api/fees", "/api/fees/*"})
public class MembershipApi extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient CurrentUser users;
    private final transient MemberRegister register;
    private final transient MemberAgreements agreements;
    private final transient Contributions contributions;
    private final transient PlvClock clock;

    @Activate
    public MembershipApi(@Reference CurrentUser users, @Reference MemberRegister register,
            @Reference MemberAgreements agreements, @Reference Contributions contributions, @Reference PlvClock clock) {
        this.clock = clock;
        this.users = users;
        this.register = register;
        this.agreements = agreements;
        this.contributions = contributions;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Actor actor = users.require(req);
        String servlet = req.getServletPath();
        String info = req.getPathInfo() == null ? "" : req.getPathInfo().replaceAll("^/+|/+$", "");
        Object body;
        if (servlet.equals("/api/members") && info.isEmpty()) {
            body = Map.of("members", register.members(actor).stream().map(m -> Views.member(m, clock.today())).toList());
        } else if (servlet.equals("/api/members")) {
            body = register.member(actor, info).map(m -> Views.member(m, clock.today()))
                    .orElseThrow(() -> new NotFoundException("There is no member " + info + "."));
        } else if (servlet.equals("/api/agreements")) {
            users.require(req, Role.SECRETARY, Role.DIRECTOR, Role.MONITORING_OFFICER);
            LocalDate asOf = Forms.date(req, "asOf", false);
            asOf = asOf == null ? clock.today() : asOf;
            body = Map.of("asOf", asOf.toString(),
                    "agreements", agreements.agreements(actor, asOf).stream().map(Views::agreement).toList());
        } else if (servlet.equals("/api/contributions")) {
            users.require(req, Role.SECRETARY, Role.DIRECTOR, Role.MONITORING_OFFICER);
            int year = Forms.year(req, Forms.financialYear(clock.today()));
            Map<String, Object> v = Views.schedule(contributions.schedule(actor, year));
            v.put("issued", contributions.issued(actor, year).stream().map(Views::issued).toList());
            body = v;
        } else if (servlet.equals("/api/fees")) {
            users.require(req, Role.SECRETARY, Role.DIRECTOR, Role.MONITORING_OFFICER);
            body = fees();
        } else {
            throw new NotFoundException("There is nothing at " + req.getRequestURI() + ".");
        }
        resp.setContentType("application/json;charset=UTF-8");
        Views.JSON.writeValue(resp.getOutputStream(), body);
    }

    private Map<String, Object> fees() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("inForce", FeePages.schedule(contributions.feeSchedule()));
        v.put("feeSchedules", contributions.feeSchedules().stream().map(FeePages::schedule).toList());
        v.put("sharedFundings", contributions.sharedFundings().stream().map(Views::map).toList());
        return v;
    }

    /**
     * The secretary sets the rules through the API: {@code POST /api/fees/schedule} with
     * {@code {"effectiveFrom":"2029-04-01","model":"SHARED_TOTAL","annualFee":"20000.00","triggerDate":"2028-04-01"}}
     * (the indexation of the schedule in force then is kept unless {@code "indexation":null} or a new one is given),
     * {@code POST /api/fees/shared-funding} with {@code {"financialYear":2029,"totalCost":"620000.00","basis":"MIXED",
     * "equalPercent":50,"weightingCode":"POP2021","places":24,"emergencyPlaces":2,"placesSold":1,"pricePerPlace":"300000.00"}},
     * {@code POST /api/contributions/issue?year=2028} and {@code .../correct?year=2028&reason=...}.
     */
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Actor actor = users.require(req, Role.SECRETARY);
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        Object body;
        if (path.equals("/api/fees/schedule")) {
            JsonNode n = json(req);
            LocalDate from = date(n, "effectiveFrom", true);
            FeeSchedule old = contributions.feeSchedule(from == null ? 0 : FinancialYear.containing(from).startYear());
            Indexation ix = n.has("indexation") ? indexation(n.get("indexation")) : old.indexation();
            FeeSchedule s = contributions.setFeeSchedule(actor, new FeeSchedule(
                    FeePages.enumValue(FundingModel.class, text(n, "model"), "model", "Give model FIXED_FEE or SHARED_TOTAL."),
                    n.has("annualFee") ? FeePages.pence("annualFee", text(n, "annualFee")) : old.annualFeePence(),
                    n.has("triggerDate") ? date(n, "triggerDate", false) : old.triggerDate(), ix, from));
            body = FeePages.schedule(s);
        } else if (path.equals("/api/fees/shared-funding")) {
            JsonNode n = json(req);
            body = Views.map(contributions.setSharedFunding(actor, new SharedFunding(integer(n, "financialYear"),
                    FeePages.pence("totalCost", text(n, "totalCost")),
                    FeePages.enumValue(SharingBasis.class, text(n, "basis"), "basis", "Give basis EQUAL, WEIGHTED or MIXED."),
                    FeePages.decimal(text(n, "equalPercent"), "equalPercent"), text(n, "weightingCode"),
                    integer(n, "places"), integer(n, "emergencyPlaces"), integer(n, "placesSold"),
                    n.has("pricePerPlace") ? FeePages.pence("pricePerPlace", text(n, "pricePerPlace")) : 0)));
        } else if (path.equals("/api/contributions/issue") || path.equals("/api/contributions/correct")) {
            int year = Forms.year(req, Forms.financialYear(clock.today()));
            body = Views.issued(path.endsWith("issue") ? contributions.issue(actor, year, req.getParameter("reason"))
                    : contributions.correct(actor, year, req.getParameter("reason")));
        } else {
            throw new NotFoundException("Nothing can be posted to " + req.getRequestURI() + ".");
        }
        resp.setContentType("application/json;charset=UTF-8");
        Views.JSON.writeValue(resp.getOutputStream(), body);
    }

    private static JsonNode json(HttpServletRequest req) throws IOException {
        try {
            JsonNode n = Views.JSON.readTree(req.getInputStream());
            if (n == null || !n.isObject()) {
                throw new ValidationException("body", "Send a JSON object.");
            }
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ValidationException("body", "The body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static int integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToInt()) {
            throw new ValidationException(field, "Give " + field + " as a whole number.");
        }
        return v.asInt();
    }

    private static LocalDate date(JsonNode n, String field, boolean required) {
        String t = text(n, field);
        if (t == null || t.isBlank()) {
            if (required) {
                throw new ValidationException(field, "Give " + field + " as YYYY-MM-DD, e.g. 2029-04-01.");
            }
            return null;
        }
        try {
            return LocalDate.parse(t.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException(field, "'" + t + "' is not a date; give it as YYYY-MM-DD.");
        }
    }

    private static Indexation indexation(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        String base = text(n, "baseMonth");
        try {
            return new Indexation(text(n, "seriesCode"), java.time.Month.valueOf(String.valueOf(text(n, "referenceMonth"))),
                    FeePages.enumValue(IndexMethod.class, text(n, "method"), "method", "Give method YEAR_ON_YEAR or UPLIFT_FROM_BASE."),
                    base == null ? null : java.time.YearMonth.parse(base), FeePages.decimal(text(n, "capPercent"), "capPercent"),
                    FeePages.decimal(text(n, "floorPercent"), "floorPercent"));
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new ValidationException("indexation", "Give indexation as {\"seriesCode\":\"CPI\",\"referenceMonth\":"
                    + "\"JANUARY\",\"method\":\"YEAR_ON_YEAR\"} (baseMonth YYYY-MM for UPLIFT_FROM_BASE).");
        }
    }

    static List<String> paths() {
        return List.of("/api/members", "/api/members/{gss}", "/api/agreements", "/api/contributions?year=YYYY", "/api/fees");
    }
}
