package plv.programme.dynamic.sufficiency.tool.internal;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.servlet.http.Part;

import plv.platform.api.FieldError;
import plv.platform.api.RoleGroup;
import plv.platform.api.ValidationException;
import plv.platform.api.money.Money;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * {@code /programmes/dynamic-sufficiency-tool/figures}: the gap by sub-region and placement type in the latest month and
 * the placement spend by financial year and sub-region, each as an SVG chart and a table; the CSV import (a file upload).
 */
@Component(service = WebRoutes.class)
public class SufficiencyPages implements WebRoutes {

    static final String PATH = DynamicSufficiencyToolProgramme.PATH + "/figures";
    private static final Access READERS = Access.of(RoleGroup.REGISTER_READERS);
    private static final Access KEEPERS = Access.of(RoleGroup.REGISTER_KEEPERS);
    private static final Map<String, String> SUB_REGION_NAMES = Map.of("NCL", "North Central London", "NEL", "North East London", "NWL",
            "North West London", "SEL", "South East London", "SWL", "South West London");

    static final String IMPORT = PATH + "/import";
    /** The largest file imported at once: 20,000 lines of figures are under 1.5 MB. */
    static final long MAX_IMPORT_BYTES = 2L * 1024 * 1024;

    /** An import posts no field but its file (read by the action) and the CSRF token. */
    record ImportForm() {
    }

    private final SufficiencyFigures figures;

    @Activate
    public SufficiencyPages(@Reference SufficiencyFigures figures) {
        this.figures = figures;
    }

    @Override
    public void define(Routes routes) {
        routes.get(PATH, READERS, r -> page(r, FormState.empty()))
                .upload(IMPORT, KEEPERS, MAX_IMPORT_BYTES, ImportForm.class, this::page, this::importFile);
    }

    private Reply.Page page(RouteRequest r, FormState state) {
        List<Figure> all = figures.list(r.requireActor());
        Map<String, Object> model = new HashMap<>();
        model.put("types", FigureCsv.TYPES);
        model.put("header", FigureCsv.HEADER);
        model.put("mayImport", r.requireActor().in(RoleGroup.REGISTER_KEEPERS));
        YearMonth latest = Sufficiency.latestMonth(all).orElse(null);
        model.put("month", latest == null ? "" : latest.toString());
        List<Map<String, Object>> gapRows = new ArrayList<>();
        List<Svg.Bar> gapBars = new ArrayList<>();
        if (latest != null) {
            Sufficiency.gap(all, latest).forEach((sub, byType) -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("subRegion", SUB_REGION_NAMES.getOrDefault(sub, sub));
                List<String> cells = new ArrayList<>();
                int total = 0;
                for (String t : FigureCsv.TYPES) {
                    Sufficiency.Cell c = byType.get(t);
                    cells.add(c == null ? "–" : c.demand() + " / " + c.supply() + " / " + signed(c.gap()));
                    total += c == null ? 0 : c.gap();
                }
                row.put("cells", cells);
                row.put("total", signed(total));
                gapRows.add(row);
                gapBars.add(new Svg.Bar(SUB_REGION_NAMES.getOrDefault(sub, sub), total, signed(total) + " places"));
            });
        }
        model.put("gapRows", gapRows);
        model.put("gapChart", Svg.bars("Gap between demand and supply by sub-region, " + model.get("month"), "Demand minus supply of"
                + " placements, all placement types; a positive gap is a shortfall of places. The table below has the figures by type.",
                gapBars));
        List<Map<String, Object>> spendRows = new ArrayList<>();
        List<Svg.Bar> spendBars = new ArrayList<>();
        Sufficiency.spend(all).forEach((year, bySub) -> {
            long total = bySub.values().stream().mapToLong(Long::longValue).sum();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("year", year);
            List<String> cells = new ArrayList<>();
            for (String sub : List.of("NCL", "NEL", "NWL", "SEL", "SWL")) {
                cells.add(Money.formatWhole(bySub.getOrDefault(sub, 0L)));
            }
            row.put("cells", cells);
            row.put("total", Money.formatWhole(total));
            spendRows.add(row);
            spendBars.add(new Svg.Bar(year, total / 100.0, "£" + String.format(Locale.UK, "%,.1f", total / 100_000_000.0) + "m"));
        });
        model.put("spendRows", spendRows);
        model.put("spendChart", Svg.bars("Annual placement spend", "Placement spend of the London authorities in the figures, by"
                + " financial year (April to March). The table below has it by sub-region.", spendBars));
        model.put("empty", all.isEmpty());
        return Reply.page(getClass(), "dst/figures.ftlh", DynamicSufficiencyToolProgramme.NAME + ": gap and spend", model).withForm(state);
    }

    /** The CSV file, read as it streams in; a refused file lists its problems by line and field and saves nothing. */
    private Reply importFile(RouteRequest r, ImportForm f) throws java.io.IOException {
        Part file = r.file("file").filter(p -> p.getSize() > 0)
                .orElseThrow(() -> new ValidationException("file", "Choose a CSV file of figures to import."));
        int n;
        try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            n = figures.importCsv(r.requireActor(), in);
        } catch (ValidationException e) {
            // the page's summary shows messages only, so a line's error says which line it is about
            throw new ValidationException(e.errors().stream().map(fe -> fe.field().startsWith("line ")
                    ? new FieldError(fe.field(), "L" + fe.field().substring(1) + ": " + fe.message()) : fe).toList());
        }
        return Reply.redirect(PATH, "Imported " + n + " lines of figures.");
    }

    private static String signed(int v) {
        return v > 0 ? "+" + v : String.valueOf(v);
    }
}
