package plv.programme.sch.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import plv.platform.api.money.Money;
import plv.programme.sch.internal.NotifiableEvents.Category;
import plv.report.pdf.Block;
import plv.report.pdf.ReportDocument;

/**
 * The board's quarterly performance report on the home, as a document for the product's PDF/A renderer: occupancy
 * against the target, referrals accepted and declined with the reasons, places sold and the income that offsets the
 * members' contributions, inspections and notifiable incidents. Aggregates only: no child's reference appears, and
 * incidents are counted by category without their texts.
 */
public final class QuarterlyReport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A declined referral as the board sees it: when, whether from a member, why. */
    public record Decline(LocalDate decidedOn, boolean member, String reason) {
    }

    /** A sale within the quarter. */
    public record QuarterSale(String councilName, int days, long pence) {
    }

    /** A member's offset for the financial year. */
    public record Offset(String memberName, long pence) {
    }

    /**
     * The figures of one quarter.
     *
     * @param offsets each member's offset for the financial year, or null when the reader may not see members'
     *                contributions (then only the total is given)
     */
    public record Figures(Quarter quarter, LocalDate asAt, LocalDate opening, int places, int targetPercent, boolean illustrative,
            Occupancy.Line total, List<Occupancy.Line> months, List<Occupancy.Line> subRegions, int received, int accepted,
            List<Decline> declines, int waitingAtEnd, List<QuarterSale> sales, long yearIncomePence, List<Offset> offsets,
            List<SchInspections.Inspection> inspections, int openActions, int overdueActions, Map<Category, Long> incidents,
            long incidentsAwaitingNotice) {
    }

    private QuarterlyReport() {
    }

    public static ReportDocument document(Figures f, Instant created) {
        ReportDocument.Builder b = ReportDocument.builder("Secure Children's Home: performance report, " + f.quarter().label())
                .subject("Quarterly performance report to the board: occupancy, referrals, sales and offsets, inspections, incidents")
                .created(created);
        b.heading("Secure Children's Home: performance report");
        b.paragraph(f.quarter().label() + ", " + DATE.format(f.quarter().from()) + " to " + DATE.format(f.quarter().to())
                + (f.asAt().isBefore(f.quarter().to()) ? "; figures to " + DATE.format(f.asAt()) + " (the quarter is not over)" : "")
                + ". The home opened on " + DATE.format(f.opening()) + "; " + f.places() + " places (24 secure, 4 step-down).");
        if (f.illustrative()) {
            b.paragraph("Illustrative demo data: every figure in this report is invented.", Block.Style.BOLD);
        }
        occupancy(b, f);
        referrals(b, f);
        sales(b, f);
        inspections(b, f);
        incidents(b, f);
        b.paragraph("This report holds no child's name, reference or identifying detail: referrals, placements and incidents are"
                + " counted, and declined referrals are listed by date and reason only.", Block.Style.NOTE);
        return b.build();
    }

    private static void occupancy(ReportDocument.Builder b, Figures f) {
        b.subheading("Occupancy");
        if (f.total() == null) {
            b.paragraph("The home was not open in the quarter.");
            return;
        }
        b.paragraph("Occupancy " + percent(f.total().percent()) + " of capacity (" + f.total().placeDays() + " of " + f.total().capacityDays()
                + " place-days) against the business case's target of " + f.targetPercent() + "%: "
                + (f.total().percent() >= f.targetPercent() ? "on or above target." : "below target."));
        List<List<String>> rows = new ArrayList<>();
        f.months().forEach(l -> rows.add(List.of(l.label(), String.valueOf(l.placeDays()), String.valueOf(l.capacityDays()), percent(l.percent()))));
        b.table(List.of("Month", "Place-days occupied", "Capacity (place-days)", "Occupancy"), List.of(3, 2, 2, 1), rows);
        List<List<String>> regions = new ArrayList<>();
        f.subRegions().forEach(l -> regions.add(List.of(l.label(), String.valueOf(l.placeDays()), percent(l.percent()))));
        if (!regions.isEmpty()) {
            b.table(List.of("Placing councils' sub-region", "Place-days", "Share of capacity"), List.of(3, 2, 2), regions);
        }
    }

    private static void referrals(ReportDocument.Builder b, Figures f) {
        b.subheading("Referrals");
        b.paragraph(f.received() + " referral" + (f.received() == 1 ? "" : "s") + " received in the quarter; decided in the quarter: "
                + f.accepted() + " accepted, " + f.declines().size() + " declined; " + f.waitingAtEnd() + " waiting at the end.");
        if (!f.declines().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            f.declines().forEach(d -> rows.add(List.of(DATE.format(d.decidedOn()), d.member() ? "Member" : "Not a member", d.reason())));
            b.table(List.of("Declined on", "Council", "Reason"), List.of(2, 2, 6), rows);
        }
    }

    private static void sales(ReportDocument.Builder b, Figures f) {
        b.subheading("Places sold and offsets");
        long quarter = f.sales().stream().mapToLong(QuarterSale::pence).sum();
        b.paragraph("Places sold to non-member councils in the quarter: " + f.sales().stream().mapToInt(QuarterSale::days).sum()
                + " place-days, " + Money.format(quarter) + ". Income for " + f.quarter().financialYear().label() + " so far: "
                + Money.format(f.yearIncomePence()) + ", reported to the membership area, where it offsets the members'"
                + " contributions for the year.");
        if (!f.sales().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            f.sales().forEach(s -> rows.add(List.of(s.councilName(), String.valueOf(s.days()), Money.format(s.pence()))));
            b.table(List.of("Council (not a member)", "Place-days in the quarter", "Income"), List.of(4, 2, 2), rows);
        }
        if (f.offsets() == null) {
            b.paragraph("Each member's offset is on its contributions statement (not shown to your role).", Block.Style.NOTE);
        } else if (!f.offsets().isEmpty()) {
            long sum = f.offsets().stream().mapToLong(Offset::pence).sum();
            List<List<String>> rows = new ArrayList<>();
            f.offsets().forEach(o -> rows.add(List.of(o.memberName(), Money.format(o.pence()))));
            rows.add(List.of("Total", Money.format(sum)));
            b.table(List.of("Member", "Offset for the year"), List.of(4, 2), rows);
        }
    }

    private static void inspections(ReportDocument.Builder b, Figures f) {
        b.subheading("Inspections");
        if (f.inspections().isEmpty()) {
            b.paragraph("No inspection in the quarter.");
        }
        for (SchInspections.Inspection i : f.inspections()) {
            List<List<String>> rows = new ArrayList<>();
            i.judgements().forEach((area, j) -> rows.add(List.of(area, j.label())));
            b.paragraph(i.inspectorate() + ", " + DATE.format(i.inspectedOn()) + (i.belowGood() ? ": a judgement below good." : "."));
            b.table(List.of("Area", "Judgement"), List.of(4, 2), rows);
            if (i.riskNote() != null) {
                b.paragraph(i.riskNote(), Block.Style.NOTE);
            }
        }
        b.paragraph("Inspection actions open at the end of the quarter: " + f.openActions() + ", of which overdue: " + f.overdueActions() + ".");
    }

    private static void incidents(ReportDocument.Builder b, Figures f) {
        b.subheading("Notifiable incidents");
        long n = f.incidents().values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            b.paragraph("No notifiable incident in the quarter.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        f.incidents().forEach((c, count) -> rows.add(List.of(c.label() + " (" + c.source() + ")", String.valueOf(count))));
        b.table(List.of("Category (Children's Homes (England) Regulations 2015)", "Incidents"), List.of(5, 1), rows);
        b.paragraph(f.incidentsAwaitingNotice() == 0 ? "Every body the regulation names is recorded as told."
                : f.incidentsAwaitingNotice() + " incident(s) not yet recorded as told to every body the regulation names.");
    }

    private static String percent(double p) {
        return String.format(Locale.UK, "%.1f%%", p);
    }
}
