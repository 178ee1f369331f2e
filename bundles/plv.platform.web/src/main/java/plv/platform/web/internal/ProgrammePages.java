package plv.platform.web.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import plv.platform.api.CostShareCalculator;
import plv.platform.api.CostSharing;
import plv.platform.api.NotFoundException;
import plv.platform.api.Participant;
import plv.platform.api.Programme;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.RoleGroup;
import plv.platform.api.ValidationException;
import plv.platform.api.money.Money;
import plv.platform.api.time.PlvClock;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * The programme kit's pages: {@code /programmes} lists the programmes installed now, and {@code /programmes/<name>}
 * renders the overview of every programme that asks the shell for it ({@link Programme#overviewByShell()}) from its
 * service alone: identity, status, description, facts, participants with their cost shares, registers, reports and key
 * dates. A programme with pages of its own registers a longer servlet pattern, which wins.
 */
@Component(service = {WebRoutes.class, ProgrammePages.class})
public class ProgrammePages implements WebRoutes {

    /** The roles that see a programme's registers, reports and cost shares. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ProgrammeRegistry registry;
    private final PlvClock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CostShareCalculator calculator;

    @Activate
    public ProgrammePages(@Reference ProgrammeRegistry registry, @Reference PlvClock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void define(Routes routes) {
        routes.get("/programmes", Access.signedIn(), this::list)
                .get("/programmes/{name}", Access.signedIn(), this::overview);
    }

    /** The programme whose shell-rendered overview lives at {@code path}. */
    Optional<Programme> byPath(String path) {
        return registry.programmes().stream().filter(Programme::overviewByShell).filter(p -> path.equals(p.path())).findFirst();
    }

    private Reply list(RouteRequest r) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Programme p : registry.programmes()) {
            Map<String, Object> row = new HashMap<>();
            row.put("name", p.descriptor().name());
            row.put("path", p.path() == null ? "" : p.path());
            row.put("status", p.descriptor().status().id());
            row.put("description", p.descriptor().description());
            rows.add(row);
        }
        return Reply.page(getClass(), "programmes/list.ftlh", "Programmes", Map.of("programmes", rows));
    }

    private Reply overview(RouteRequest r) {
        Programme p = byPath("/programmes/" + r.path("name"))
                .orElseThrow(() -> new NotFoundException("There is no programme at /programmes/" + r.path("name") + "."));
        boolean staff = r.requireActor().in(RoleGroup.REGISTER_READERS);
        Map<String, Object> model = new HashMap<>();
        model.put("programme", p.descriptor());
        model.put("status", p.descriptor().status().id());
        model.put("facts", p.facts());
        model.put("registers", staff ? p.registers() : List.of());
        model.put("reports", staff ? p.reports() : List.of());
        model.put("keyDates", p.keyDates().stream().sorted(java.util.Comparator.comparing(plv.platform.api.KeyDate::date))
                .map(k -> Map.of("date", DATE.format(k.date()), "iso", k.date().toString(), "kind", k.kind(), "title", k.title())).toList());
        Shares shares = staff ? shares(p) : Shares.NONE;
        model.put("sharing", shares.sharing == null ? "" : shares.sharing);
        model.put("sharingError", shares.error);
        model.put("participants", participants(p, shares.pence));
        model.put("totalShared", shares.sharing == null ? "" : Money.format(shares.totalPence));
        return Reply.page(getClass(), "programmes/overview.ftlh", p.descriptor().name(), model);
    }

    private List<Map<String, Object>> participants(Programme p, Map<String, Long> pence) {
        LocalDate today = clock.today();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Participant a : p.participants()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", a.code());
            row.put("name", a.name());
            row.put("joined", a.joined() == null ? "from the start" : DATE.format(a.joined()));
            row.put("left", a.left() == null ? "" : DATE.format(a.left()));
            row.put("current", a.takesPartOn(today));
            row.put("share", pence.containsKey(a.code()) ? Money.format(pence.get(a.code())) : "");
            out.add(row);
        }
        return out;
    }

    private record Shares(String sharing, long totalPence, Map<String, Long> pence, String error) {
        static final Shares NONE = new Shares(null, 0, Map.of(), "");
    }

    private Shares shares(Programme p) {
        Optional<CostSharing> s = p.costSharing();
        CostShareCalculator c = calculator;
        if (s.isEmpty()) {
            return Shares.NONE;
        }
        CostSharing sharing = s.get();
        String label = sharing.title() + ": " + Money.format(sharing.totalPence()) + " shared "
                + switch (sharing.basis()) {
                    case EQUAL -> "equally";
                    case WEIGHTED -> "by the weighting " + sharing.weighting();
                    case FIXED -> "in fixed shares";
                } + " among the participants on " + DATE.format(sharing.asOf());
        if (c == null) {
            return new Shares(label, sharing.totalPence(), Map.of(), "The shares are worked out by the membership area, which is not running.");
        }
        try {
            return new Shares(label, sharing.totalPence(), c.shares(sharing, p.participants()), "");
        } catch (ValidationException e) {
            return new Shares(label, sharing.totalPence(), Map.of(), e.getMessage());
        }
    }
}
