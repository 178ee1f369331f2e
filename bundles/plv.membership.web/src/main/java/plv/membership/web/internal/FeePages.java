package plv.membership.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Month;
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
import plv.membership.api.IndexSeriesRegister;
import plv.membership.api.Indexation;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.web.CurrentUser;
import plv.platform.api.web.PageRenderer;

/**
 * The secretary's fee page ({@code /members/fees}): the fee schedule and its trigger date, the index series and
 * weightings, and CSV import of either (a bad row is reported by line and field and nothing is saved).
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

    @Activate
    public FeePages(@Reference CurrentUser users, @Reference PageRenderer pages, @Reference Contributions contributions,
            @Reference IndexSeriesRegister indices) {
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
        Map<String, Object> f = Views.map(fee);
        f.put("annualFeeText", Views.pounds(fee.annualFeePence()));
        f.put("annualFee", Views.plain(fee.annualFeePence()));
        model.put("fee", f);
        model.put("series", indices.series().stream().map(s -> {
            Map<String, Object> m = Views.map(s);
            List<Object> values = m.get("values") instanceof List<?> l ? List.copyOf(l) : List.of();
            m.put("recent", values.subList(Math.max(0, values.size() - 12), values.size()));
            m.put("count", values.size());
            return m;
        }).toList());
        model.put("weightings", indices.weightings().stream().map(Views::map).toList());
        model.put("form", form.isEmpty() ? Map.of("triggerDate", fee.triggerDate() == null ? "" : fee.triggerDate().toString(),
                "annualFee", Views.plain(fee.annualFeePence())) : form);
        model.put("errors", errors);
        model.put("message", message == null ? "" : message);
        pages.render(req, resp, getClass(), "members/fees.ftlh", "Fees and indices", model);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
        Actor actor = users.require(req, Role.SECRETARY);
        String action = req.getParameter("action");
        try {
            String message;
            if ("schedule".equals(action)) {
                FeeSchedule old = contributions.feeSchedule();
                long pence = pence(req.getParameter("annualFee"));
                contributions.setFeeSchedule(actor, new FeeSchedule(old.model(), pence,
                        Forms.date(req, "triggerDate", false), old.indexation() != null ? old.indexation()
                                : new Indexation("CPI", Month.JANUARY, plv.membership.api.IndexMethod.YEAR_ON_YEAR, null,
                                        null, null)));
                message = "Fee schedule saved.";
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
            show(req, resp, Forms.values(req, "triggerDate", "annualFee", "code", "name"), Forms.errors(e), null);
        }
    }

    private static long pence(String pounds) {
        try {
            BigDecimal p = new BigDecimal(pounds == null ? "" : pounds.trim().replace("£", "").replace(",", ""));
            if (p.scale() > 2 || p.signum() < 0) {
                throw new NumberFormatException();
            }
            return p.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ValidationException("annualFee", "Enter the annual fee in pounds with at most 2 decimals, e.g. 20000.00.");
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
