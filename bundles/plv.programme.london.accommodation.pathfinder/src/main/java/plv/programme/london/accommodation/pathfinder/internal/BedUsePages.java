package plv.programme.london.accommodation.pathfinder.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import plv.platform.api.CostShareCalculator;
import plv.platform.api.CostSharing;
import plv.platform.api.Participant;
import plv.platform.api.RoleGroup;
import plv.platform.api.ValidationException;
import plv.platform.api.money.Money;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.Label;
import plv.platform.api.web.route.MaxLength;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.Required;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * {@code /programmes/london-accommodation-pathfinder/bed-use}: bed nights by participant and month, each participant's
 * share of the use, and the running costs shared in proportion to use (the membership area's last-penny rule, fixed
 * shares = bed nights), beside the equal shares on the overview; the form that records a month's use.
 */
@Component(service = WebRoutes.class)
public class BedUsePages implements WebRoutes {

    static final String PATH = LondonAccommodationPathfinderProgramme.PATH + "/bed-use";
    private static final Access READERS = Access.of(RoleGroup.REGISTER_READERS);
    private static final Access KEEPERS = Access.of(RoleGroup.REGISTER_KEEPERS);

    /** The form: one participant's bed nights in one month. */
    public record BedUseForm(@Required @Label("Authority") String gssCode, @Required @MaxLength(7) @Label("Month") String month,
            @Required @Label("Bed nights") Integer bedNights) {
    }

    private final BedUse use;
    private final LondonAccommodationPathfinderProgramme programme;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile CostShareCalculator calculator;

    @Activate
    public BedUsePages(@Reference BedUse use, @Reference LondonAccommodationPathfinderProgramme programme) {
        this.use = use;
        this.programme = programme;
    }

    @Override
    public void define(Routes routes) {
        routes.get(PATH, READERS, r -> page(r, FormState.empty()))
                .form(PATH, KEEPERS, BedUseForm.class, this::page, this::record);
    }

    private Reply.Page page(RouteRequest r, FormState state) {
        Map<String, Integer> totals = use.totals();
        int all = totals.values().stream().mapToInt(Integer::intValue).sum();
        CostSharing equal = programme.costSharing().orElseThrow();
        Map<String, Long> byUse = Map.of();
        String error = "";
        CostShareCalculator c = calculator;
        if (all > 0 && c != null) {
            List<Participant> weighted = programme.participants().stream().map(p -> new Participant(p.code(), p.name(), p.joined(), p.left(),
                    BigDecimal.valueOf(totals.getOrDefault(p.code(), 0)))).toList();
            try {
                byUse = c.shares(new CostSharing(equal.title(), equal.totalPence(), CostSharing.Basis.FIXED, null, equal.asOf()), weighted);
            } catch (ValidationException e) {
                error = e.getMessage();
            }
        } else if (c == null) {
            error = "The shares are worked out by the membership area, which is not running.";
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Participant p : programme.participants()) {
            int nights = totals.getOrDefault(p.code(), 0);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", p.code());
            row.put("name", p.name());
            row.put("nights", nights);
            row.put("percent", all == 0 ? "0.0" : BigDecimal.valueOf(nights * 100L).divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_UP)
                    .toPlainString());
            row.put("cost", byUse.containsKey(p.code()) ? Money.format(byUse.get(p.code())) : "");
            rows.add(row);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("rows", rows);
        model.put("totalNights", all);
        model.put("sharing", equal.title() + ": " + Money.format(equal.totalPence()));
        model.put("error", error);
        model.put("totalCost", byUse.isEmpty() ? "" : Money.format(byUse.values().stream().mapToLong(Long::longValue).sum()));
        model.put("months", use.list());
        model.put("authorities", programme.participants());
        model.put("mayEdit", r.requireActor().in(RoleGroup.REGISTER_KEEPERS));
        return Reply.page(getClass(), "lap/bed-use.ftlh", LondonAccommodationPathfinderProgramme.NAME + ": bed use by participant", model)
                .withForm(state);
    }

    private Reply record(RouteRequest r, BedUseForm form) {
        BedUse.Row row = use.record(r.requireActor(), form.gssCode(), form.month(), form.bedNights());
        return Reply.redirect(PATH, "Recorded " + row.bedNights() + " bed nights for " + row.gssCode() + " in " + row.month() + ".");
    }
}
