package plv.commissioning.web.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.commissioning.api.CommissioningPaths;
import plv.commissioning.api.Contract;
import plv.commissioning.api.ContractPage;
import plv.commissioning.api.ContractQuery;
import plv.commissioning.api.ContractRegister;
import plv.commissioning.api.ContractStatus;
import plv.commissioning.api.ProcurementRoute;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.RoleGroup;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;
import plv.platform.web.api.ListQuery;

/**
 * {@code /contracts}: the contract register across every programme, filtered (programme, status, procurement route,
 * supplier name starting with) and sorted in the database, a page at a time; {@code /api/contracts} gives the same
 * page as JSON with the total. Parameters: {@code programme}, {@code status}, {@code route}, {@code q} (supplier),
 * {@code sort} (reference, start, end, value, supplier), {@code dir}, {@code page}, {@code size}.
 */
@Component(service = WebRoutes.class)
public class ContractSearchPages implements WebRoutes {

    private static final Access READERS = Access.of(RoleGroup.REGISTER_READERS);
    static final List<String> SORTABLE = Arrays.stream(ContractQuery.Sort.values()).map(ContractQuery.Sort::id).toList();

    /** A line of the JSON answer; value is null when withheld from the reader. */
    public record Line(long id, String programmeId, String reference, String title, String supplierName, String status, String route,
            Long valuePence, LocalDate startDate, LocalDate endDate, String path) {
    }

    /** The JSON answer. */
    public record Answer(long total, int page, int size, String sort, String dir, List<Line> contracts) {
    }

    private final ContractRegister register;
    private final ProgrammeRegistry programmes;

    @Activate
    public ContractSearchPages(@Reference ContractRegister register, @Reference ProgrammeRegistry programmes) {
        this.register = register;
        this.programmes = programmes;
    }

    @Override
    public void define(Routes routes) {
        routes.get("/contracts", READERS, this::page).get("/api/contracts", READERS, r -> {
            ListQuery list = list(r);
            ContractPage page = register.search(r.requireActor(), query(r, list));
            return Reply.json(new Answer(page.total(), list.page(), list.size(), list.sort(), list.descending() ? "desc" : "asc",
                    page.contracts().stream().map(ContractSearchPages::line).toList()));
        });
    }

    static ListQuery list(RouteRequest r) {
        return ListQuery.from(r.servletRequest(), SORTABLE, ContractQuery.Sort.REFERENCE.id());
    }

    /** The register query a request asks for; a filter value that is not one of the list's is ignored, as a bad sort is. */
    static ContractQuery query(RouteRequest r, ListQuery list) {
        return new ContractQuery(r.query("programme").orElse(null), r.query("status").flatMap(ContractStatus::byId).orElse(null),
                r.query("route").flatMap(ProcurementRoute::byId).orElse(null), list.filter(),
                ContractQuery.Sort.byId(list.sort()).orElse(ContractQuery.Sort.REFERENCE), list.descending(), list.offset(), list.size());
    }

    static Line line(Contract c) {
        return new Line(c.id(), c.programmeId(), c.reference(), c.title(), c.supplierName(), c.status().id(), c.procurementRoute().id(),
                c.valuePence(), c.startDate(), c.endDate(), CommissioningPaths.contracts(c.programmeId()) + "/" + c.id());
    }

    private Reply page(RouteRequest r) {
        ListQuery list = list(r);
        ContractQuery q = query(r, list);
        ContractPage page = register.search(r.requireActor(), q);
        Map<String, Object> model = new HashMap<>();
        model.put("query", list);
        model.put("page", new plv.platform.web.api.ListPage<>(page.contracts().stream().map(ContractForms::view).toList(), page.total(), list));
        // the filters the list's own links (sort, pages) do not carry
        StringBuilder extra = new StringBuilder();
        if (q.programmeId() != null) {
            extra.append("&programme=").append(URLEncoder.encode(q.programmeId(), StandardCharsets.UTF_8));
        }
        if (q.status() != null) {
            extra.append("&status=").append(q.status().id());
        }
        if (q.route() != null) {
            extra.append("&route=").append(q.route().id());
        }
        model.put("extra", extra.toString());
        model.put("chosen", Map.of("programme", q.programmeId() == null ? "" : q.programmeId(),
                "status", q.status() == null ? "" : q.status().id(), "route", q.route() == null ? "" : q.route().id()));
        model.put("programmes", programmes.programmes().stream().map(p -> new ContractForms.Option(p.descriptor().id(), p.descriptor().name()))
                .toList());
        model.put("statuses", ContractForms.STATUSES);
        model.put("routes", ContractForms.ROUTES);
        return Reply.page(getClass(), "commissioning/contracts-all.ftlh", "Contract registers of every programme", model);
    }
}
