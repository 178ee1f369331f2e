package plv.programme.sch.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;

import plv.membership.api.Contributions;
import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.RoleGroup;
import plv.platform.api.ValidationException;
import plv.platform.api.time.PlvClock;
import plv.programme.sch.internal.Kinds.Decision;
import plv.programme.sch.internal.NotifiableEvents.Category;
import plv.report.pdf.PdfRenderer;

/**
 * Gathers a quarter's figures for the board's {@link QuarterlyReport} and renders it as PDF/A-2b through the product's
 * renderer. For commissioning officers, the secretary and directors (the board); each member's offset is shown to
 * those who may read contributions (the membership area checks), the total to everyone who may read the report.
 */
@Component(service = SchQuarterlyReport.class)
public class SchQuarterlyReport {

    private final SchHome home;
    private final SchInspections inspections;
    private final SchIncidents incidents;
    private final PdfRenderer renderer;
    private final PlvClock clock;
    private final Contributions contributions;

    @Activate
    public SchQuarterlyReport(@Reference SchHome home, @Reference SchInspections inspections, @Reference SchIncidents incidents,
            @Reference PdfRenderer renderer, @Reference PlvClock clock,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) Contributions contributions) {
        this.home = home;
        this.inspections = inspections;
        this.incidents = incidents;
        this.renderer = renderer;
        this.clock = clock;
        this.contributions = contributions;
    }

    static void requireReader(Actor actor) {
        if (!actor.in(RoleGroup.REGISTER_READERS)) {
            throw new AccessDeniedException("The quarterly performance report is for the board (directors), the company secretary and"
                    + " commissioning officers.");
        }
    }

    byte[] pdf(Actor actor, Quarter q) {
        return renderer.render(QuarterlyReport.document(figures(actor, q), clock.now()));
    }

    QuarterlyReport.Figures figures(Actor actor, Quarter q) {
        requireReader(actor);
        LocalDate today = home.today();
        if (q.from().isAfter(today)) {
            throw new ValidationException("quarter", q.label() + " has not begun; choose a quarter up to " + Quarter.containing(today).label() + ".");
        }
        LocalDate to = q.to().isAfter(today) ? today : q.to();
        Occupancy o = home.occupancy(q.from(), to);
        boolean open = o.days() > 0;
        List<SchHome.Referral> all = home.referralsForFigures();
        int received = (int) all.stream().filter(r -> within(r.receivedOn(), q.from(), to)).count();
        int accepted = (int) all.stream().filter(r -> r.decision() == Decision.ACCEPTED && within(r.decidedOn(), q.from(), to)).count();
        List<QuarterlyReport.Decline> declines = all.stream().filter(r -> r.decision() == Decision.DECLINED && within(r.decidedOn(), q.from(), to))
                .map(r -> new QuarterlyReport.Decline(r.decidedOn(), r.member(), r.decisionReason())).toList();
        int waiting = (int) all.stream().filter(r -> !r.receivedOn().isAfter(to)
                && (r.decision() == Decision.WAITING || r.decidedOn() != null && r.decidedOn().isAfter(to))).count();
        List<QuarterlyReport.QuarterSale> sales = new ArrayList<>();
        Prices prices = home.prices();
        for (SchHome.Sale s : home.sales(q.year())) {
            LocalDate a = s.from().isBefore(q.from()) ? q.from() : s.from();
            LocalDate b = s.to().isAfter(to) ? to : s.to();
            if (!b.isBefore(a)) {
                sales.add(new QuarterlyReport.QuarterSale(s.councilName(), plv.platform.api.time.FinancialYear.daysInclusive(a, b),
                        prices.charge(a, b, false)));
            }
        }
        long yearIncome = home.sales(q.year()).stream().mapToLong(SchHome.Sale::pence).sum();
        List<SchInspections.Inspection> inQuarter = inspections.inspections(actor).stream()
                .filter(i -> within(i.inspectedOn(), q.from(), to)).toList();
        List<SchInspections.Action> openActions = inspections.inspections(actor).stream().flatMap(i -> i.actions().stream())
                .filter(a -> a.doneOn() == null || a.doneOn().isAfter(to)).toList();
        Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        long awaiting = 0;
        for (SchIncidents.Incident i : incidents.all()) {
            if (within(i.occurredOn(), q.from(), to)) {
                byCategory.merge(i.category(), 1L, Long::sum);
                awaiting += i.notYetTold().isEmpty() ? 0 : 1;
            }
        }
        return new QuarterlyReport.Figures(q, to, home.opening(), SchHome.PLACES, home.targetPercent(),
                home.opening().equals(SchHome.DEMO_OPENING), open ? o.total() : null, open ? o.byMonth() : List.of(),
                open ? o.bySubRegion() : List.of(), received, accepted, declines, waiting, sales, yearIncome, offsets(actor, q),
                inQuarter, openActions.size(), (int) openActions.stream().filter(a -> a.dueOn().isBefore(to)).count(), byCategory, awaiting);
    }

    /** Each member's offset for the year, or null when the membership area does not show them to {@code actor}. */
    private List<QuarterlyReport.Offset> offsets(Actor actor, Quarter q) {
        if (contributions == null) {
            return null;
        }
        try {
            return contributions.schedule(actor, q.year()).lines().stream().filter(l -> l.incomeOffsetPence() > 0)
                    .map(l -> new QuarterlyReport.Offset(l.memberName(), l.incomeOffsetPence())).toList();
        } catch (AccessDeniedException | ValidationException | IllegalArgumentException | IllegalStateException e) {
            // not the reader's to see, or the year's figures are not set up: the report gives the total only
            return null;
        }
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }

}
