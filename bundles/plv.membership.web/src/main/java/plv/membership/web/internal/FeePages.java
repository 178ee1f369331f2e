package plv.membership.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import plv.membership.api.Contributions;
import plv.membership.api.FeeSchedule;
import plv.membership.api.FundingModel;
import plv.membership.api.SharedFunding;
import plv.membership.api.SharingBasis;
import plv.membership.api.IndexSeriesRegister;
import plv.membership.api.Indexation;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.time.FinancialYear;
import plv.platform.api.time.PlvClock;
import plv.platform.api.web.CurrentUser;
import plv.platform.api.web.PageRenderer;

/**
 * The secretary's fee page ({@code /members/fees}): the fee schedules, each applying from a financial year (funding
 * model, fee, trigger date), the shared funding figures of the alternative model (total, equal / weighted / mixed),
 * dated corrections of index values, the index series and weightings, and CSV import of either (a bad row is
 * reported by line and field and nothing is saved).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/members/fees")
@HttpWhiteboardServletMultipart(enabled = true, maxFileSize = 2_000_000L)
public class FeePages extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient CurrentUser users;
    private final transient PageRenderer pages;
    private final transient Contributions contributions;
    private final transient IndexSeriesRegister indices;
    private final transient PlvClock clock;

    @Activate
    public FeePages(@Reference CurrentUser users, @Reference PageRenderer pages, @Reference Contributions contributions,
            @Reference IndexSeriesRegister indices, @Reference PlvClock clock) {
        this.clock = clock;
        this.users = users;
        this.pages = pages;
        this.contributions = contributions;
        this.indices = indices;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        users.require(req, Role.SECRETARY);
        show(req, resp, Map.of(), Map.of(), null);
    }


    private void show(HttpServletRequest req, HttpServletResponse resp, Map<String, String> form,
            Map<String, String> errors, String message) throws IOException {
        FeeSchedule fee = contributions.feeSchedule();
        Map<String, Object> model = new HashMap<>();
        model.put("fee", schedule(fee));
        model.put("schedules", contributions.feeSchedules().stream().map(FeePages::schedule).toList());
        model.put("fundings", contributions.sharedFundings().stream().map(f -> {
            Map<String, Object> m = Views.map(f);
            m.put("label", new FinancialYear(f.financialYear()).label());
            m.put("totalText", Views.pounds(f.totalCostPence()));
            m.put("priceText", Views.pounds(f.pricePerPlacePence()));
            return m;
        }).toList());
        model.put("series", indices.series().stream().map(s -> {
            Map<String, Object> m = Views.map(s);
            List<Object> values = m.get("values") instanceof List<?> l ? List.copyOf(l) : List.of();
            m.put("recent", values.subList(Math.max(0, values.size() - 12), values.size()));
            m.put("count", values.size());
            return m;
        }).toList());
        model.put("weightings", indices.weightings().stream().map(Views::map).toList());
        model.put("models", List.of(Map.of("id", "FIXED_FEE", "label", "Fixed fee per member (indexed)"),
                Map.of("id", "SHARED_TOTAL", "label", "Shared total (alternative model)")));
        model.put("bases", List.of(Map.of("id", "EQUAL", "label", "Equal shares"),
                Map.of("id", "WEIGHTED", "label", "By weighting"),
                Map.of("id", "MIXED", "label", "Mixed: a percentage equally, the rest by weighting")));
        Map<String, String> defaults = new HashMap<>();
        defaults.put("effectiveFrom", FinancialYear.containing(clock.today()).next().start().toString());
        defaults.put("model", fee.model().name());
        defaults.put("triggerDate", fee.triggerDate() == null ? "" : fee.triggerDate().toString());
        defaults.put("annualFee", Views.plain(fee.annualFeePence()));
        defaults.put("financialYear", String.valueOf(FinancialYear.containing(clock.today()).next().startYear()));
        defaults.put("places", "24");
        defaults.put("emergencyPlaces", "2");
        defaults.put("placesSold", "0");
        defaults.put("pricePerPlace", "0");
        defaults.put("basis", "EQUAL");
        if (!form.isEmpty()) {
            form.forEach((k, v) -> defaults.put(k, v == null ? "" : v));
        }
        model.put("form", defaults);
        model.put("errors", errors);
        model.put("message", message == null ? "" : message);
        if (!errors.isEmpty()) {
            resp.setStatus(400);
        }
        pages.render(req, resp, getClass(), "members/fees.ftlh", "Fees and indices", model);
    }

    static Map<String, Object> schedule(FeeSchedule fee) {
        Map<String, Object> f = Views.map(fee);
        f.put("annualFeeText", Views.pounds(fee.annualFeePence()));
        f.put("annualFee", Views.plain(fee.annualFeePence()));
        f.put("from", fee.effectiveFrom() == null ? "the beginning" : FinancialYear.containing(fee.effectiveFrom()).label());
        return f;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
        Actor actor = users.require(req, Role.SECRETARY);
        String action = req.getParameter("action");
        try {
            String message;
            if ("schedule".equals(action)) {
                LocalDate from = Forms.date(req, "effectiveFrom", true);
                FeeSchedule old = contributions.feeSchedule(FinancialYear.containing(from).startYear());
                FundingModel fm = enumValue(FundingModel.class, req.getParameter("model"), "model",
                        "Choose the funding model: fixed fee or shared total.");
                contributions.setFeeSchedule(actor, new FeeSchedule(fm, pence("annualFee", req.getParameter("annualFee")),
                        Forms.date(req, "triggerDate", false), old.indexation() != null ? old.indexation()
                                : new Indexation("CPI", Month.JANUARY, plv.membership.api.IndexMethod.YEAR_ON_YEAR, null,
                                        null, null), from));
                message = "Fee schedule saved: it applies from " + FinancialYear.containing(from).label()
                        + "; earlier years keep the rules they had.";
            } else if ("shared".equals(action)) {
                SharedFunding f = new SharedFunding(Forms.year(req, 0), pence("totalCost", req.getParameter("totalCost")),
                        enumValue(SharingBasis.class, req.getParameter("basis"), "basis",
                                "Choose how the total is shared: equal, weighted or mixed."),
                        decimal(req.getParameter("equalPercent"), "equalPercent"), blankToNull(req.getParameter("weightingCode")),
                        count(req, "places"), count(req, "emergencyPlaces"), count(req, "placesSold"),
                        pence("pricePerPlace", req.getParameter("pricePerPlace")));
                if (f.financialYear() == 0) {
                    throw new ValidationException("year", "Enter the financial year the figures apply from, e.g. 2028.");
                }
                contributions.setSharedFunding(actor, f);
                message = "Shared funding figures saved: they apply from " + new FinancialYear(f.financialYear()).label()
                        + " until figures are set for a later year.";
            } else if ("revise".equals(action)) {
                String code = req.getParameter("code") == null ? "" : req.getParameter("code").trim().toUpperCase();
                YearMonth month;
                try {
                    month = YearMonth.parse(req.getParameter("month") == null ? "" : req.getParameter("month").trim());
                } catch (java.time.format.DateTimeParseException e) {
                    throw new ValidationException("month", "Enter the month as YYYY-MM, e.g. 2029-01.");
                }
                BigDecimal value = decimal(req.getParameter("value"), "value");
                if (value == null) {
                    throw new ValidationException("value", "Enter the corrected index value, e.g. 147.0.");
                }
                LocalDate from = Forms.date(req, "revisedFrom", true);
                indices.reviseValue(actor, code, month, value, from);
                message = code + " " + month + " corrected to " + value.toPlainString() + " from "
                        + FinancialYear.containing(from).label() + "; earlier years keep the value they had.";
            } else if ("series".equals(action) || "weighting".equals(action)) {
                String code = req.getParameter("code") == null ? "" : req.getParameter("code").trim().toUpperCase();
                String csv = file(req);
                int n = "series".equals(action) ? indices.importSeries(actor, code, req.getParameter("name"), csv)
                        : indices.importWeighting(actor, code, req.getParameter("name"), csv);
                message = n + " rows of " + code + " imported.";
            } else {
                throw new ValidationException("action", "Use one of the forms on this page.");
            }
            show(req, resp, Map.of(), Map.of(), message);
        } catch (ValidationException e) {
            show(req, resp, Forms.values(req, "effectiveFrom", "model", "triggerDate", "annualFee", "code", "name",
                    "year", "totalCost", "basis", "equalPercent", "weightingCode", "places", "emergencyPlaces",
                    "placesSold", "pricePerPlace", "month", "value", "revisedFrom"), Forms.errors(e), null);
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field, String fix) {
        try {
            return Enum.valueOf(type, text == null ? "" : text.trim());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, fix);
        }
    }

    static BigDecimal decimal(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "'" + text + "' is not a number; enter it like 50 or 147.0.");
        }
    }

    private static int count(HttpServletRequest req, String field) {
        String v = req.getParameter(field);
        try {
            return Integer.parseInt(v == null ? "" : v.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "Enter a whole number of places, e.g. 24.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim().toUpperCase();
    }

    static long pence(String field, String pounds) {
        try {
            BigDecimal p = new BigDecimal(pounds == null ? "" : pounds.trim().replace("£", "").replace(",", ""));
            if (p.scale() > 2 || p.signum() < 0) {
                throw new NumberFormatException();
            }
            return p.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ValidationException(field, "Enter an amount in pounds with at most 2 decimals, e.g. 20000.00.");
        }
    }

    private static String file(HttpServletRequest req) throws IOException, ServletException {
        Part part = req.getPart("file");
        if (part == null || part.getSize() == 0) {
            throw new ValidationException("file", "Choose a CSV file to import.");
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
