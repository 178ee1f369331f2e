package plv.programme.sch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import plv.programme.sch.internal.Kinds.Judgement;
import plv.programme.sch.internal.NotifiableEvents.Category;
import plv.report.pdf.internal.PdfA;
import plv.report.pdf.internal.PdfaRenderer;

/** The board's quarterly report, rendered by the product's renderer and checked by veraPDF as PDF/A-2b. */
class QuarterlyReportTest {

    static final Quarter Q = new Quarter(2028, 1);

    @Test
    void quarterOneIsAprilToJuneAndQuarterFourEndsInMarch() {
        assertThat(Q.from()).isEqualTo(LocalDate.of(2028, 4, 1));
        assertThat(Q.to()).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(new Quarter(2028, 4).to()).isEqualTo(LocalDate.of(2029, 3, 31));
        assertThat(Q.label()).isEqualTo("Q1 2028-29 (April to June 2028)");
        assertThat(Quarter.containing(LocalDate.of(2029, 2, 10))).isEqualTo(new Quarter(2028, 4));
        assertThat(Quarter.containing(LocalDate.of(2028, 10, 1))).isEqualTo(new Quarter(2028, 3));
    }

    @Test
    void theReportIsPdfaAndSaysWhatTheBoardNeeds() throws IOException {
        // 22 places occupied all quarter (91 days): 2,002 of 2,548 place-days = 78.6%
        List<Occupancy.Stay> stays = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            stays.add(new Occupancy.Stay(LocalDate.of(2028, 1, 4), null, "E09000007", "Camden", "NCL", i != 0));
        }
        Occupancy o = Occupancy.of(stays, 28, Q.from(), Q.to());
        SchInspections.Inspection inspection = new SchInspections.Inspection(1, LocalDate.of(2028, 5, 18), "Ofsted", Judgement.GOOD,
                Judgement.REQUIRES_IMPROVEMENT, Judgement.GOOD, Judgement.GOOD, null, "co", "Risk SCH-R02 flagged for review.",
                List.of(new SchInspections.Action(1, "Review the missing-from-care protocol", "Registered manager", LocalDate.of(2028, 7, 31),
                        null, null)));
        QuarterlyReport.Figures f = new QuarterlyReport.Figures(Q, Q.to(), LocalDate.of(2028, 1, 4), 28, 85, false, o.total(), o.byMonth(),
                o.bySubRegion(), 5, 3, List.of(new QuarterlyReport.Decline(LocalDate.of(2028, 5, 2), false, "No place beyond the reserve")), 1,
                List.of(new QuarterlyReport.QuarterSale("Kent County Council", 14, 1_610_000)), 1_610_000,
                List.of(new QuarterlyReport.Offset("Camden", 805_000), new QuarterlyReport.Offset("Barnet", 805_000)), List.of(inspection), 1, 0,
                Map.of(Category.SERIOUS_POLICE_INCIDENT, 2L), 1);
        byte[] pdf = new PdfaRenderer().render(QuarterlyReport.document(f, Instant.parse("2028-07-01T09:00:00Z")));

        assertThat(PdfA.failedRules(pdf)).as("veraPDF PDF/A-2b").isEmpty();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Q1 2028-29 (April to June 2028)")
                .contains("Occupancy 78.6% of capacity (2002 of 2548 place-days)").contains("below target")
                .contains("5 referrals received in the quarter; decided in the quarter: 3 accepted, 1 declined; 1 waiting at the end")
                .contains("No place beyond the reserve")
                .contains("£16,100.00").contains("Kent County Council")
                .contains("Requires improvement to be good").contains("Risk SCH-R02 flagged for review")
                .contains("Serious incident requiring police involvement").contains("1 incident(s) not yet recorded as told");
        // the offsets' total row
        assertThat(text).contains("Total £16,100.00");
    }
}
