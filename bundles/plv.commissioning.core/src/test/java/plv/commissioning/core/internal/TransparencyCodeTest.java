package plv.commissioning.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import plv.commissioning.api.ContractDraft;
import plv.commissioning.api.TransparencyCode;
import plv.platform.api.FieldError;

/**
 * The Local Government Transparency Code 2015, paragraph 35 (docs/rules/commissioning.md, "Transparency Code"): the
 * worked example there, SME and VCSE as two answers, redaction published with its reason, and the £5,000 threshold.
 */
class TransparencyCodeTest {

    static ContractDraft draft(String value, String sme, String vcse, String redacted, String reason, String exemptParagraph) {
        return new ContractDraft("SCH-C007", "Therapeutic education", "Children's services", "Education on site", "Hillside Trust",
                "01234567", "", value, "40000", "1,200.50", exemptParagraph, "2026-04-01", "2029-03-31", "2027-10-01", "2026-03-15", "open",
                "active", "0", "", "", "0", "1 High St, Barking IG11 7LU", "1123456", "GB123456789", sme, vcse, "tender", redacted, reason);
    }

    static ContractEntity apply(ContractDraft d) {
        ContractEntity e = new ContractEntity();
        FormFields f = new FormFields();
        ContractValidation.apply(d, e, f, false);
        f.throwIfAny();
        return e;
    }

    static List<String> errors(ContractDraft d) {
        FormFields f = new FormFields();
        ContractValidation.apply(d, new ContractEntity(), f, false);
        return f.errors.stream().map(FieldError::field).toList();
    }

    @Test
    void theWorkedExampleInTheCodesOrder() {
        List<String> row = TransparencyRows.row(apply(draft("120,000", "yes", "yes", "", "", "")));
        assertThat(row).hasSameSizeAs(TransparencyCode.HEADINGS).containsExactly("SCH-C007", "Therapeutic education",
                "Children's services", "Education on site", "Hillside Trust", "1 High St, Barking IG11 7LU", "01234567", "1123456",
                "GB123456789", "120000.00", "40000.00", "1200.50", "2026-04-01", "2029-03-31", "2027-10-01",
                "Published invitation to tender", "Yes", "Yes", "");
    }

    @Test
    void smeAndVcseAreIndependentAnswers() {
        ContractEntity both = apply(draft("120000", "yes", "yes", "", "", ""));
        assertThat(both.sme).isTrue();
        assertThat(both.vcse).isTrue();
        ContractEntity vcseOnly = apply(draft("120000", "no", "yes", "", "", ""));
        assertThat(vcseOnly.sme).isFalse();
        assertThat(vcseOnly.vcse).isTrue();
        assertThat(vcseOnly.supplierKind).isEqualTo("vcse");
        assertThat(errors(draft("120000", "maybe", "yes", "", "", ""))).containsExactly("sme");
    }

    @Test
    void aRedactedFieldIsPublishedAsRedactedWithItsReason() {
        ContractEntity e = apply(draft("120000", "no", "no", "supplierAddress, value", "Commercially confidential until award", ""));
        List<String> row = TransparencyRows.row(e);
        assertThat(row.get(5)).isEqualTo(TransparencyCode.REDACTED);
        assertThat(row.get(9)).isEqualTo(TransparencyCode.REDACTED);
        assertThat(row.get(10)).isEqualTo("40000.00");
        assertThat(row.get(18)).isEqualTo("Commercially confidential until award");
        assertThat(e.redactedFields).isEqualTo("supplierAddress,value");

        assertThat(errors(draft("120000", "no", "no", "supplierAddress", "", ""))).containsExactly("redactionReason");
        assertThat(errors(draft("120000", "no", "no", "", "Confidential", ""))).containsExactly("redactedFields");
        assertThat(errors(draft("120000", "no", "no", "reference", "Confidential", ""))).containsExactly("redactedFields");
    }

    @Test
    void exemptValuesAreRedactedForEveryReaderWithTheParagraph() {
        List<String> row = TransparencyRows.row(apply(draft("120000", "no", "no", "", "", "3")));
        assertThat(row.subList(9, 12)).containsOnly(TransparencyCode.REDACTED);
        assertThat(row.get(18)).isEqualTo("Values exempt under paragraph 3 of Schedule 12A to the Local Government Act 1972");
    }

    @Test
    void onlyContractsOverTheThresholdArePublished() {
        long threshold = TransparencyCode.DEFAULT_THRESHOLD_PENCE;
        assertThat(TransparencyRows.published(apply(draft("5000", "no", "no", "", "", "")), threshold)).isFalse();
        assertThat(TransparencyRows.published(apply(draft("5000.01", "no", "no", "", "", "")), threshold)).isTrue();
        assertThat(TransparencyRows.published(apply(draft("5000.01", "no", "no", "", "", "")), 1_000_000L)).isFalse();
    }

    @Test
    void anOlderDraftWithOnlyTheSupplierKindStillAnswersSmeAndVcse() {
        ContractDraft old = new ContractDraft("C-1", "T", "D", "", "S", "", "vcse", "10000", "", "", "", "2026-01-01", "2026-12-31", "", "",
                "open", "pending", "0", "", "", "0");
        ContractEntity e = apply(old);
        assertThat(e.vcse).isTrue();
        assertThat(e.sme).isFalse();
        assertThat(e.tenderInvitation).isEqualTo("neither");
    }
}
