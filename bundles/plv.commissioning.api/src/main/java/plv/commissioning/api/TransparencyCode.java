package plv.commissioning.api;

import java.util.List;

/**
 * The contract register as the Local Government Transparency Code 2015 asks a council to publish it (Part 2,
 * paragraphs 34-36, "Contracts exceeding £5,000"): the column headings in the Code's order, and the fields a
 * contract may have redacted (published as {@link #REDACTED} with the reason, never silently left out).
 */
public final class TransparencyCode {

    private TransparencyCode() {
    }

    /** What a redacted cell says. */
    public static final String REDACTED = "Redacted";

    /** The default threshold in pence: contracts whose value exceeds £5,000 are published. */
    public static final long DEFAULT_THRESHOLD_PENCE = 500_000L;

    /** The published columns, in the Code's order (paragraph 35). */
    public static final List<String> HEADINGS = List.of("Reference number", "Title of agreement", "Local authority department responsible",
            "Description of the goods and/or services being provided", "Supplier name", "Supplier address",
            "Company registration number", "Charity registration number", "VAT registration number",
            "Sum to be paid over the length of the contract (£)", "Estimated annual spending or budget (£)",
            "Value Added Tax that cannot be recovered (£)", "Start date", "End date", "Review date",
            "Invitation to quote or published invitation to tender", "Small or medium sized enterprise (SME)",
            "Voluntary or community sector organisation (VCSE)", "Reason for redaction");

    /** The field ids a contract may have redacted, e.g. {@code supplierAddress}. */
    public static final List<String> REDACTABLE = List.of("description", "supplierName", "supplierAddress", "supplierRegistrationNumber",
            "charityNumber", "vatNumber", "value", "annualValue", "irrecoverableVat");
}
