package plv.commissioning.api;

/**
 * A contract as a person typed it into the form (or a programme bundle gives it as demo data): every value is text,
 * so that the register can say of each field what is wrong. Money in pounds ({@code 1250000} or {@code 1,250,000.00}),
 * dates YYYY-MM-DD, enumerations by id ({@code framework-call-off}, {@code sme}, {@code active}). Empty optional values
 * are empty strings or null.
 */
public record ContractDraft(String reference, String title, String department, String description, String supplierName,
        String supplierRegistrationNumber, String supplierKind, String value, String annualValue, String irrecoverableVat,
        String exemptParagraph, String startDate, String endDate, String reviewDate, String dateSigned, String procurementRoute,
        String status, String extensionOptionCount, String extensionOptionMonths, String extensionNoticeMonths, String optionsExercised) {
}
