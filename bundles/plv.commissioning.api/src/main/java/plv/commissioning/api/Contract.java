package plv.commissioning.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A line of a programme's contract register: the Local Government Transparency Code 2015 fields, the OCDS 1.1.5
 * status and period, and the extension options. Values are in pence; when the contract's commercial terms are exempt
 * (Schedule 12A {@code exemptParagraph}) and the reader may not see exempt information, the three values are null and
 * {@code valuesWithheld} is true.
 *
 * @param extensionOptionCount  how many extension options the contract has (0 for none)
 * @param extensionOptionMonths the length of each option in months
 * @param extensionNoticeMonths how many months before an option would start the decision must be made
 * @param optionsExercised      how many options have been taken up
 * @param currentEndDate        the end date with the exercised options
 * @param maxExtentDate         the end date if every option were taken up (OCDS {@code period.maxExtentDate})
 * @param sme                   the supplier is a small or medium-sized enterprise (independent of {@code vcse})
 * @param vcse                  the supplier is a voluntary, community or social enterprise
 * @param redactedFields        the Transparency Code fields published as "Redacted" ({@link TransparencyCode#REDACTABLE})
 * @param redactionReason       why they are redacted; empty when nothing is
 */
public record Contract(long id, String programmeId, String reference, String title, String department, String description,
        String supplierName, String supplierRegistrationNumber, SupplierKind supplierKind, Long valuePence, Long annualValuePence,
        Long irrecoverableVatPence, boolean valuesWithheld, Integer exemptParagraph, LocalDate startDate, LocalDate endDate,
        LocalDate reviewDate, LocalDate dateSigned, ProcurementRoute procurementRoute, ContractStatus status, int extensionOptionCount,
        int extensionOptionMonths, int extensionNoticeMonths, int optionsExercised, List<ExtensionOption> extensionOptions,
        LocalDate currentEndDate, LocalDate maxExtentDate, long version, String supplierAddress, String charityNumber, String vatNumber,
        boolean sme, boolean vcse, TenderInvitation tenderInvitation, java.util.Set<String> redactedFields, String redactionReason) {

    public Contract {
        extensionOptions = List.copyOf(extensionOptions);
        redactedFields = java.util.Set.copyOf(redactedFields);
    }

    /** The term in words, e.g. "3 years plus up to 2 × 12 months". */
    public String termInWords() {
        java.time.Period p = java.time.Period.between(startDate, endDate.plusDays(1));
        String base = p.getYears() > 0 && p.getMonths() == 0 && p.getDays() == 0 ? p.getYears() + (p.getYears() == 1 ? " year" : " years")
                : p.toTotalMonths() + " months" + (p.getDays() > 0 ? " " + p.getDays() + " days" : "");
        return extensionOptionCount == 0 ? base : base + " plus up to " + extensionOptionCount + " × " + extensionOptionMonths + " months";
    }
}
