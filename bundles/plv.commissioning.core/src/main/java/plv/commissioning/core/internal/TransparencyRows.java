package plv.commissioning.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import plv.commissioning.api.TenderInvitation;
import plv.commissioning.api.TransparencyCode;

/**
 * A contract as the Local Government Transparency Code 2015 publishes it (paragraph 35, see docs/rules/commissioning.md):
 * one text cell per {@link TransparencyCode#HEADINGS} column. A redacted field, and the three values of a contract whose
 * commercial terms are exempt under Schedule 12A, read "Redacted", and the last cell gives the reason — so a reader
 * sees that something was withheld and why, rather than an empty cell.
 */
final class TransparencyRows {

    private TransparencyRows() {
    }

    /** Whether the Code asks for the contract to be published: its value exceeds the threshold. */
    static boolean published(ContractEntity e, long thresholdPence) {
        return e.valuePence > thresholdPence;
    }

    static List<String> row(ContractEntity e) {
        Set<String> redacted = e.redactedFields == null ? Set.of() : Set.copyOf(Arrays.asList(e.redactedFields.split(",")));
        boolean exempt = e.exemptParagraph != null;
        List<String> out = new ArrayList<>(TransparencyCode.HEADINGS.size());
        out.add(e.reference);
        out.add(e.title);
        out.add(e.department);
        out.add(cell(redacted, "description", e.description));
        out.add(cell(redacted, "supplierName", e.supplierName));
        out.add(cell(redacted, "supplierAddress", e.supplierAddress));
        out.add(cell(redacted, "supplierRegistrationNumber", e.supplierRegistrationNumber));
        out.add(cell(redacted, "charityNumber", e.charityNumber));
        out.add(cell(redacted, "vatNumber", e.vatNumber));
        out.add(exempt ? TransparencyCode.REDACTED : cell(redacted, "value", pounds(e.valuePence)));
        out.add(exempt ? TransparencyCode.REDACTED : cell(redacted, "annualValue", pounds(e.annualValuePence)));
        out.add(exempt ? TransparencyCode.REDACTED : cell(redacted, "irrecoverableVat", pounds(e.irrecoverableVatPence)));
        out.add(date(e.startDate));
        out.add(date(e.endDate));
        out.add(date(e.reviewDate));
        out.add(TenderInvitation.byId(e.tenderInvitation).orElse(TenderInvitation.NEITHER).label());
        out.add(e.sme ? "Yes" : "No");
        out.add(e.vcse ? "Yes" : "No");
        List<String> reasons = new ArrayList<>();
        if (!redacted.isEmpty() && e.redactionReason != null) {
            reasons.add(e.redactionReason);
        }
        if (exempt) {
            reasons.add("Values exempt under paragraph " + e.exemptParagraph + " of Schedule 12A to the Local Government Act 1972");
        }
        out.add(String.join("; ", reasons));
        return out;
    }

    private static String cell(Set<String> redacted, String field, String value) {
        return redacted.contains(field) ? TransparencyCode.REDACTED : value == null ? "" : value;
    }

    /** Pounds with two decimals and no separators, so a spreadsheet reads a number: {@code 1250000.00}. */
    static String pounds(Long pence) {
        return pence == null ? "" : BigDecimal.valueOf(pence).movePointLeft(2).toPlainString();
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
