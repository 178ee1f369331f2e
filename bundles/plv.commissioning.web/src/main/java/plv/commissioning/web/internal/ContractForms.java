package plv.commissioning.web.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import plv.commissioning.api.Contract;
import plv.commissioning.api.ContractDraft;
import plv.commissioning.api.ContractStatus;
import plv.commissioning.api.ProcurementRoute;
import plv.commissioning.api.SupplierKind;
import plv.platform.api.money.Money;
import plv.platform.api.web.route.Label;

/** The contract form as the shell binds it, between it and the register's records, and the contract as pages show it. */
final class ContractForms {

    /** A contract with its values as people read them ("Exempt: Schedule 12A paragraph 3" when withheld). */
    public record ContractView(Contract contract, String value, String annualValue, String irrecoverableVat) {
    }

    /** An option of a select list. */
    public record Option(String id, String label) {
    }

    static final List<Option> ROUTES = Arrays.stream(ProcurementRoute.values()).map(r -> new Option(r.id(), r.label())).toList();
    static final List<Option> STATUSES = Arrays.stream(ContractStatus.values()).map(s -> new Option(s.id(), s.id())).toList();
    static final List<Option> YES_NO = List.of(new Option("no", "No"), new Option("yes", "Yes"));
    static final List<Option> INVITATIONS = Arrays.stream(plv.commissioning.api.TenderInvitation.values())
            .map(t -> new Option(t.id(), t.label())).toList();
    static final List<Option> KINDS = Arrays.stream(SupplierKind.values()).map(k -> new Option(k.id(), k.label())).toList();

    private ContractForms() {
    }

    static ContractView view(Contract c) {
        if (c.valuesWithheld()) {
            String withheld = "Exempt information (Schedule 12A paragraph " + c.exemptParagraph() + ")";
            return new ContractView(c, withheld, withheld, withheld);
        }
        return new ContractView(c, pounds(c.valuePence()), pounds(c.annualValuePence()), pounds(c.irrecoverableVatPence()));
    }

    /**
     * A contract as typed. Every value stays text: the register checks each (and the programme's own contract rules) and
     * its messages are the ones people read; only the version, which it does not check as typed, is a number. Values
     * withheld from the editor are not posted and stay as they are.
     */
    public record ContractForm(String reference, String title, String department, String description, String supplierName,
            String supplierRegistrationNumber, String supplierKind, String value, String annualValue, String irrecoverableVat,
            String exemptParagraph, String startDate, String endDate, String reviewDate, String dateSigned, String procurementRoute,
            String status, String extensionOptionCount, String extensionOptionMonths, String extensionNoticeMonths,
            String optionsExercised, String supplierAddress, String charityNumber, String vatNumber, String sme, String vcse,
            String tenderInvitation, String redactedFields, String redactionReason, @Label("Version of the contract") Long version) {

        /** The draft the register checks; SME and VCSE are always answered (empty is no), as the form always asks both. */
        ContractDraft draft() {
            return new ContractDraft(reference, title, department, description, supplierName, supplierRegistrationNumber, supplierKind,
                    value, annualValue, irrecoverableVat, exemptParagraph, startDate, endDate, reviewDate, dateSigned, procurementRoute,
                    status, extensionOptionCount, extensionOptionMonths, extensionNoticeMonths, optionsExercised, supplierAddress,
                    charityNumber, vatNumber, Objects.requireNonNullElse(sme, ""), Objects.requireNonNullElse(vcse, ""), tenderInvitation,
                    redactedFields, redactionReason);
        }
    }

    /** The form filled in from a stored contract, for editing (withheld values stay empty and are kept). */
    static Map<String, String> form(Contract c) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("reference", c.reference());
        f.put("title", c.title());
        f.put("department", c.department());
        f.put("description", c.description());
        f.put("supplierName", c.supplierName());
        f.put("supplierRegistrationNumber", c.supplierRegistrationNumber());
        f.put("supplierKind", c.supplierKind().id());
        f.put("supplierAddress", c.supplierAddress());
        f.put("charityNumber", c.charityNumber());
        f.put("vatNumber", c.vatNumber());
        f.put("sme", c.sme() ? "yes" : "no");
        f.put("vcse", c.vcse() ? "yes" : "no");
        f.put("tenderInvitation", c.tenderInvitation().id());
        f.put("redactedFields", String.join(", ", plv.commissioning.api.TransparencyCode.REDACTABLE.stream()
                .filter(c.redactedFields()::contains).toList()));
        f.put("redactionReason", c.redactionReason());
        f.put("value", plain(c.valuePence()));
        f.put("annualValue", plain(c.annualValuePence()));
        f.put("irrecoverableVat", plain(c.irrecoverableVatPence()));
        f.put("exemptParagraph", c.exemptParagraph() == null ? "" : String.valueOf(c.exemptParagraph()));
        f.put("startDate", String.valueOf(c.startDate()));
        f.put("endDate", String.valueOf(c.endDate()));
        f.put("reviewDate", c.reviewDate() == null ? "" : c.reviewDate().toString());
        f.put("dateSigned", c.dateSigned() == null ? "" : c.dateSigned().toString());
        f.put("procurementRoute", c.procurementRoute().id());
        f.put("status", c.status().id());
        f.put("extensionOptionCount", String.valueOf(c.extensionOptionCount()));
        f.put("extensionOptionMonths", c.extensionOptionCount() == 0 ? "" : String.valueOf(c.extensionOptionMonths()));
        f.put("extensionNoticeMonths", c.extensionOptionCount() == 0 ? "" : String.valueOf(c.extensionNoticeMonths()));
        f.put("optionsExercised", String.valueOf(c.optionsExercised()));
        f.put("version", String.valueOf(c.version()));
        return f;
    }

    /** A new contract's form: the department defaults to the programme. */
    static Map<String, String> blank(String programmeName) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("department", programmeName);
        f.put("status", ContractStatus.PENDING.id());
        f.put("extensionOptionCount", "0");
        f.put("sme", "no");
        f.put("vcse", "no");
        f.put("tenderInvitation", "neither");
        return f;
    }

    /** Pence as pounds for people ({@code £1,250,000.00}); empty when not given. */
    private static String pounds(Long pence) {
        return pence == null ? "" : Money.format(pence);
    }

    /** Pence as pounds in a form field ({@code 1250000.00}); empty when not given. */
    private static String plain(Long pence) {
        return pence == null ? "" : Money.plain(pence);
    }
}
