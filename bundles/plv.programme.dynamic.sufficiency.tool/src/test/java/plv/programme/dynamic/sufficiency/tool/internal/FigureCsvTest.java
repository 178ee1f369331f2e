package plv.programme.dynamic.sufficiency.tool.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import plv.platform.api.FieldError;
import plv.platform.api.ValidationException;

/** The CSV import: all or nothing, each error with its line and field; the gap and spend it feeds. */
class FigureCsvTest {

    @Test
    void aGoodFileIsReadAndTheGapAndSpendAddUp() {
        List<Figure> f = FigureCsv.parse(FigureCsv.HEADER + "\n"
                + "E09000007,NCL,residential,2024-03,12,9,150000.50\n"
                + "E09000019,ncl,residential,2024-03,5,6,99999.50\n"
                + "E09000007,NCL,secure,2024-03,2,0,80000\n"
                + "E09000012,NEL,residential,2024-04,7,7,1000\n");
        assertThat(f).hasSize(4);
        var gap = Sufficiency.gap(f, YearMonth.of(2024, 3));
        // NCL residential: demand 17, supply 15, gap +2; secure: 2, 0, +2
        assertThat(gap.get("NCL").get("residential").gap()).isEqualTo(2);
        assertThat(gap.get("NCL").get("secure").gap()).isEqualTo(2);
        assertThat(gap).doesNotContainKey("NEL");
        var spend = Sufficiency.spend(f);
        // March 2024 is in 2023-24, April 2024 in 2024-25 (the platform's FinancialYear)
        assertThat(spend.get("2023-24").get("NCL")).isEqualTo(15_000_050L + 9_999_950L + 8_000_000L);
        assertThat(spend.get("2024-25").get("NEL")).isEqualTo(100_000L);
    }

    @Test
    void quotedCellsABomAndWindowsLineEndsAreReadAsASpreadsheetWritesThem() {
        List<Figure> f = FigureCsv.parse("\uFEFF" + FigureCsv.HEADER + "\r\n"
                + "\"E09000007\",\"NCL\",\"residential\",\"2024-03\",\"12\",\"9\",\"150000.50\"\r\n"
                + "\r\n"
                + "E09000012,NEL,secure,2024-03,1,0,\"80000\"\r\n");
        assertThat(f).extracting(Figure::gssCode, Figure::spendPence).containsExactly(
                org.assertj.core.groups.Tuple.tuple("E09000007", 15_000_050L), org.assertj.core.groups.Tuple.tuple("E09000012", 8_000_000L));
        // a blank line keeps the numbering of the lines after it: the bad value is on line 4
        assertThatThrownBy(() -> FigureCsv.parse(FigureCsv.HEADER + "\nE09000007,NCL,secure,2024-03,1,0,1\n\nE09000012,NEL,secure,2024-03,x,0,1\n"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("line 4: demand"));
        // a quote left open is a clear refusal, not a crash
        assertThatThrownBy(() -> FigureCsv.parse(FigureCsv.HEADER + "\nE09000007,NCL,\"secure,2024-03,1,0,1\n"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void anyBadLineRefusesTheWholeFileNamingLineAndField() {
        String csv = FigureCsv.HEADER + "\n"
                + "E09000007,NCL,residential,2024-03,12,9,150000\n"
                + "E09000099,NCL,residential,2024-03,1,1,1\n"
                + "E09000007,SEL,residential,2024-04,1,1,1\n"
                + "E09000007,NCL,boarding,2024-13,-1,x,1.234\n"
                + "E09000007,NCL,residential,2024-03,1,1,1\n"
                + "E09000007,NCL,residential\n";
        assertThatThrownBy(() -> FigureCsv.parse(csv)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                .extracting(FieldError::field).containsExactly("line 3: gss_code", "line 4: sub_region", "line 5: placement_type",
                        "line 5: month", "line 5: demand", "line 5: supply", "line 5: spend", "line 6: month", "line 7"));
    }

    @Test
    void aFileWithOtherColumnsIsRefusedSoNoPersonalDataComesIn() {
        assertThatThrownBy(() -> FigureCsv.parse("gss_code,child_name,month\nE09000007,Jane,2024-01\n"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("line 1: header");
    }

    @Test
    void theDemoFileImportsAndItsYearsSpendIsThe430Million() {
        List<Figure> f = FigureCsv.parse(SufficiencyDemoData.csv());
        assertThat(f).hasSize(33 * 6 * 12);
        assertThat(Sufficiency.spend(f).get("2022-23").values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(SufficiencyDemoData.YEAR_SPEND_PENCE);
    }
}
