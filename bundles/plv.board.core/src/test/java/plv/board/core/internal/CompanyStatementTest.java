package plv.board.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import plv.platform.api.ValidationException;
import plv.report.pdf.ReportDocument;

/** The statement the Local Authorities (Companies) Order 1995 art 4 requires on the company's documents. */
class CompanyStatementTest {

    @Test
    void theStatementSaysControlledOrInfluencedAndNamesTheRelevantAuthorities() {
        assertThat(ReportDocument.COMPANY).isEqualTo("Pan London Vehicle for Children's Complex Commissioning Ltd");
        assertThat(CompanyStatementService.statement(ReportDocument.COMPANY, true, List.of("Barnet", "Camden"), LocalDate.of(2026, 12, 4)))
                .isEqualTo("Pan London Vehicle for Children's Complex Commissioning Ltd is a company controlled by local"
                        + " authorities within the meaning of Part V of the Local Government and Housing Act 1989 (Local"
                        + " Authorities (Companies) Order 1995, article 4). The relevant authorities are the councils of:"
                        + " Barnet, Camden (the members on its register of members on 4 December 2026).");
        assertThat(CompanyStatementService.statement("X Ltd", false, List.of("Barnet"), LocalDate.of(2026, 12, 4)))
                .contains("X Ltd is a company influenced by local authorities");
        assertThat(CompanyStatementService.headerLine(true)).startsWith("A company controlled by local authorities");
        assertThat(CompanyStatementService.relation(" influenced ")).isFalse();
        assertThatThrownBy(() -> CompanyStatementService.relation("owned")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("localAuthorityRelation");
    }
}
