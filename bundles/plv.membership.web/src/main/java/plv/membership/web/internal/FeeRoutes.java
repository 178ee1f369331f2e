package plv.membership.web.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.servlet.http.Part;

import plv.membership.api.Contributions;
import plv.membership.api.FeeSchedule;
import plv.membership.api.FundingModel;
import plv.membership.api.IndexMethod;
import plv.membership.api.IndexSeriesRegister;
import plv.membership.api.Indexation;
import plv.membership.api.SharedFunding;
import plv.membership.api.SharingBasis;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.money.Money;
import plv.platform.api.time.FinancialYear;
import plv.platform.api.time.PlvClock;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.Label;
import plv.platform.api.web.route.Matches;
import plv.platform.api.web.route.Range;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.Required;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * The secretary's fee page ({@code /members/fees}): the fee schedules, each applying from a financial year (funding
 * model, fee, trigger date; {@code /members/fees/schedule}), the shared funding figures of the alternative model
 * (total, equal / weighted / mixed; {@code /members/fees/shared}), dated corrections of index values
 * ({@code /members/fees/revise}), the index series and weightings, and their CSV import ({@code /members/fees/import}:
 * a bad row is reported by line and field and nothing is saved).
 */
@Component(service = WebRoutes.class)
public class FeeRoutes implements WebRoutes {

    /** The largest CSV of an index series or weighting. */
    static final long MAX_IMPORT_BYTES = 2_000_000L;
    private static final Access SECRETARY = Access.roles(Role.SECRETARY);

    record ScheduleForm(@Required @Label("Applies from") LocalDate effectiveFrom, @Required @Label("Funding model") FundingModel model,
            @Required @Range(min = 0, max = 100_000_000) @Label("Annual fee") BigDecimal annualFee, LocalDate triggerDate) {
    }

    record SharedForm(@Required @Range(min = 2000, max = 2200) @Label("Financial year") Integer year,
            @Required @Range(min = 0, max = 1_000_000_000) @Label("Total to fund") BigDecimal totalCost,
            @Required @Label("How it is shared") SharingBasis basis,
            @Matches(regex = "\\d{1,3}(\\.\\d+)?", hint = "as a percentage, like 50 or 33.3") @Label("Percentage shared equally") String equalPercent,
            String weightingCode, @Required @Range(min = 0, max = 1000) Integer places,
            @Required @Range(min = 0, max = 1000) @Label("Emergency places") Integer emergencyPlaces,
            @Required @Range(min = 0, max = 1000) @Label("Places sold") Integer placesSold,
            @Required @Range(min = 0, max = 100_000_000) @Label("Price per place") BigDecimal pricePerPlace) {
    }

    record ReviseForm(@Required @Label("Series") String code,
            @Required @Matches(regex = "\\d{4}-\\d{2}", hint = "as YYYY-MM, like 2029-01") String month,
            @Required @Matches(regex = "-?\\d+(\\.\\d+)?", hint = "as a number, like 147.0") @Label("Corrected value") String value,
            @Required @Label("Applies from") LocalDate revisedFrom) {
    }

    /** The fields posted with an index file (the file itself is read by the action). */
    record ImportForm(@Label("What the file holds") String kind, @Label("Code") String code, @Label("Name") String name) {
    }

    private final Contributions contributions;
    private final IndexSeriesRegister indices;
    private final PlvClock clock;

    @Activate
    public FeeRoutes(@Reference Contributions contributions, @Reference IndexSeriesRegister indices, @Reference PlvClock clock) {
        this.contributions = contributions;
        this.indices = indices;
        this.clock = clock;
    }

    @Override
    public void define(Routes routes) {
        routes.get("/members/fees", SECRETARY, r -> page(r, FormState.empty()))
                .form("/members/fees/schedule", SECRETARY, ScheduleForm.class, this::page, this::schedule)
                .form("/members/fees/shared", SECRETARY, SharedForm.class, this::page, this::shared)
                .form("/members/fees/revise", SECRETARY, ReviseForm.class, this::page, this::revise)
                .upload("/members/fees/import", SECRETARY, MAX_IMPORT_BYTES, ImportForm.class, this::page, this::importFile);
    }

    private Reply schedule(RouteRequest r, ScheduleForm f) {
        FeeSchedule old = contributions.feeSchedule(FinancialYear.containing(f.effectiveFrom()).startYear());
        contributions.setFeeSchedule(r.requireActor(), new FeeSchedule(f.model(), pence(f.annualFee()), f.triggerDate(),
                old.indexation() != null ? old.indexation()
                        : new Indexation("CPI", Month.JANUARY, IndexMethod.YEAR_ON_YEAR, null, null, null), f.effectiveFrom()));
        return Reply.redirect("/members/fees", "Fee schedule saved: it applies from "
                + FinancialYear.containing(f.effectiveFrom()).label() + "; earlier years keep the rules they had.");
    }

    private Reply shared(RouteRequest r, SharedForm f) {
        SharedFunding funding = new SharedFunding(f.year(), pence(f.totalCost()), f.basis(),
                f.equalPercent() == null ? null : new BigDecimal(f.equalPercent()),
                f.weightingCode() == null ? null : f.weightingCode().toUpperCase(java.util.Locale.ROOT), f.places(),
                f.emergencyPlaces(), f.placesSold(), pence(f.pricePerPlace()));
        contributions.setSharedFunding(r.requireActor(), funding);
        return Reply.redirect("/members/fees", "Shared funding figures saved: they apply from "
                + new FinancialYear(f.year()).label() + " until figures are set for a later year.");
    }

    private Reply revise(RouteRequest r, ReviseForm f) {
        String code = f.code().toUpperCase(java.util.Locale.ROOT);
        YearMonth month;
        try {
            month = YearMonth.parse(f.month());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException("month", "Month: enter a real month as YYYY-MM, like 2029-01.");
        }
        BigDecimal value = new BigDecimal(f.value());
        indices.reviseValue(r.requireActor(), code, month, value, f.revisedFrom());
        return Reply.redirect("/members/fees", code + " " + month + " corrected to " + value.toPlainString() + " from "
                + FinancialYear.containing(f.revisedFrom()).label() + "; earlier years keep the value they had.");
    }

    /**
     * An index series or weighting from CSV; a refused file lists its problems on the page and saves nothing (the shell
     * shows this page again with each error beside its field and what was typed, as for every form).
     */
    private Reply importFile(RouteRequest r, ImportForm f) throws java.io.IOException {
        String code = f.code() == null ? "" : f.code().toUpperCase(java.util.Locale.ROOT);
        Part file = r.file("file").filter(p -> p.getSize() > 0)
                .orElseThrow(() -> new ValidationException("file", "Choose a CSV file to import."));
        String csv;
        try (InputStream in = file.getInputStream()) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int n = switch (f.kind() == null ? "series" : f.kind()) {
            case "series" -> indices.importSeries(r.requireActor(), code, f.name(), csv);
            case "weighting" -> indices.importWeighting(r.requireActor(), code, f.name(), csv);
            default -> throw new ValidationException("kind", "Choose what the file holds: an index series or a weighting.");
        };
        return Reply.redirect("/members/fees", n + " rows of " + code + " imported.");
    }

    private static long pence(BigDecimal pounds) {
        return pounds.movePointRight(2).longValueExact();
    }

    private Reply.Page page(RouteRequest r, FormState state) {
        FeeSchedule fee = contributions.feeSchedule();
        Map<String, Object> model = new HashMap<>();
        model.put("fee", schedule(fee));
        model.put("schedules", contributions.feeSchedules().stream().map(FeeRoutes::schedule).toList());
        model.put("fundings", contributions.sharedFundings().stream().map(f -> {
            Map<String, Object> m = Views.map(f);
            m.put("label", new FinancialYear(f.financialYear()).label());
            m.put("totalText", Money.format(f.totalCostPence()));
            m.put("priceText", Money.format(f.pricePerPlacePence()));
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
        Map<String, String> values = new HashMap<>();
        values.put("effectiveFrom", FinancialYear.containing(clock.today()).next().start().toString());
        values.put("model", fee.model().name());
        values.put("triggerDate", fee.triggerDate() == null ? "" : fee.triggerDate().toString());
        values.put("annualFee", Money.plain(fee.annualFeePence()));
        values.put("year", String.valueOf(FinancialYear.containing(clock.today()).next().startYear()));
        values.put("places", "24");
        values.put("emergencyPlaces", "2");
        values.put("placesSold", "0");
        values.put("pricePerPlace", "0");
        values.put("basis", "EQUAL");
        values.putAll(state.values()); // what was typed in a refused form wins over the defaults
        return Reply.page(getClass(), "members/fees.ftlh", "Fees and indices", model)
                .withForm(new FormState(values, state.errors()));
    }

    static Map<String, Object> schedule(FeeSchedule fee) {
        Map<String, Object> f = Views.map(fee);
        f.put("annualFeeText", Money.format(fee.annualFeePence()));
        f.put("annualFee", Money.plain(fee.annualFeePence()));
        f.put("from", fee.effectiveFrom() == null ? "the beginning" : FinancialYear.containing(fee.effectiveFrom()).label());
        return f;
    }
}
