package plv.commissioning.api;

/**
 * A contract as a person typed it into the form (or a programme bundle gives it as demo data): every value is text,
 * so that the register can say of each field what is wrong. Money in pounds ({@code 1250000} or {@code 1,250,000.00}),
 * dates YYYY-MM-DD, enumerations by id ({@code framework-call-off}, {@code sme}, {@code active}). Empty optional values
 * are empty strings or null.
 *
 * <p>The Local Government Transparency Code 2015 fields (since 1.2): {@code supplierRegistrationNumber} is the
 * supplier's company registration number; {@code charityNumber} and {@code vatNumber} are kept apart from it;
 * {@code sme} and {@code vcse} are two independent answers ({@code yes}/{@code no}; when both are null the older
 * single {@code supplierKind} answers for them); {@code tenderInvitation} is {@code quote}, {@code tender} or
 * {@code neither}; {@code redactedFields} names the published fields withheld (comma-separated ids from
 * {@link TransparencyCode#REDACTABLE}) and {@code redactionReason} says why.
 */
public record ContractDraft(String reference, String title, String department, String description, String supplierName,
        String supplierRegistrationNumber, String supplierKind, String value, String annualValue, String irrecoverableVat,
        String exemptParagraph, String startDate, String endDate, String reviewDate, String dateSigned, String procurementRoute,
        String status, String extensionOptionCount, String extensionOptionMonths, String extensionNoticeMonths, String optionsExercised,
        String supplierAddress, String charityNumber, String vatNumber, String sme, String vcse, String tenderInvitation,
        String redactedFields, String redactionReason) {

    /** A draft without the Transparency Code's newer fields (as before 1.2): the supplier kind answers SME/VCSE. */
    public ContractDraft(String reference, String title, String department, String description, String supplierName,
            String supplierRegistrationNumber, String supplierKind, String value, String annualValue, String irrecoverableVat,
            String exemptParagraph, String startDate, String endDate, String reviewDate, String dateSigned, String procurementRoute,
            String status, String extensionOptionCount, String extensionOptionMonths, String extensionNoticeMonths,
            String optionsExercised) {
        this(reference, title, department, description, supplierName, supplierRegistrationNumber, supplierKind, value, annualValue,
                irrecoverableVat, exemptParagraph, startDate, endDate, reviewDate, dateSigned, procurementRoute, status,
                extensionOptionCount, extensionOptionMonths, extensionNoticeMonths, optionsExercised, null, null, null, null, null, null,
                null, null);
    }
}
