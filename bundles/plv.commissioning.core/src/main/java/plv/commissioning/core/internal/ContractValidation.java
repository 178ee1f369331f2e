package plv.commissioning.core.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import plv.commissioning.api.ContractDraft;
import plv.commissioning.api.ContractStatus;
import plv.commissioning.api.ProcurementRoute;
import plv.commissioning.api.SupplierKind;
import plv.commissioning.api.TenderInvitation;
import plv.commissioning.api.TransparencyCode;

/**
 * Checks a contract as typed and applies it to an entity. Errors are collected in {@code fields} so that the
 * programme's own checks can add theirs before anything is refused or written.
 */
final class ContractValidation {

    static final List<String> ROUTE_IDS = Arrays.stream(ProcurementRoute.values()).map(ProcurementRoute::id).toList();
    static final List<String> STATUS_IDS = Arrays.stream(ContractStatus.values()).map(ContractStatus::id).toList();
    static final List<String> KIND_IDS = Arrays.stream(SupplierKind.values()).map(SupplierKind::id).toList();

    static final List<String> INVITATION_IDS = Arrays.stream(TenderInvitation.values()).map(TenderInvitation::id).toList();

    private ContractValidation() {
    }

    /** The redacted field ids in the Code's order, or null (with an error) when one is not a published field. */
    static java.util.Set<String> redactedFields(String text, FormFields f) {
        java.util.Set<String> given = new java.util.LinkedHashSet<>();
        for (String part : FormFields.clean(text).split("[,\\s]+")) {
            if (!part.isEmpty()) {
                given.add(part);
            }
        }
        List<String> unknown = given.stream().filter(g -> !TransparencyCode.REDACTABLE.contains(g)).toList();
        if (!unknown.isEmpty()) {
            f.error("redactedFields", "Redacted fields " + String.join(", ", unknown) + " are not published fields; name one or more of "
                    + String.join(", ", TransparencyCode.REDACTABLE) + ".");
            return null;
        }
        java.util.Set<String> ordered = new java.util.LinkedHashSet<>();
        TransparencyCode.REDACTABLE.stream().filter(given::contains).forEach(ordered::add);
        return ordered;
    }

    /**
     * @param keepValues true when the actor may not see the stored values of this exempt contract: the value fields and
     *                   the exempt paragraph are left as they are
     */
    static void apply(ContractDraft d, ContractEntity e, FormFields f, boolean keepValues) {
        String reference = f.required("reference", d.reference(), 40);
        String title = f.required("title", d.title(), 300);
        String department = f.required("department", d.department(), 200);
        String description = f.optional("description", d.description(), 4000);
        String supplier = f.required("supplierName", d.supplierName(), 200);
        String registration = f.optional("supplierRegistrationNumber", d.supplierRegistrationNumber(), 40);
        boolean answered = d.sme() != null || d.vcse() != null;
        Boolean sme = answered ? f.yesNo("sme", d.sme()) : null;
        Boolean vcse = answered ? f.yesNo("vcse", d.vcse()) : null;
        SupplierKind kind = answered ? (Boolean.TRUE.equals(sme) ? SupplierKind.SME : Boolean.TRUE.equals(vcse) ? SupplierKind.VCSE : SupplierKind.NEITHER)
                : f.choice("supplierKind", d.supplierKind(), SupplierKind::byId, KIND_IDS);
        String address = f.optional("supplierAddress", d.supplierAddress(), 500);
        String charity = f.optional("charityNumber", d.charityNumber(), 40);
        String vatNumber = f.optional("vatNumber", d.vatNumber(), 40);
        String invitationText = FormFields.clean(d.tenderInvitation());
        TenderInvitation invitation = invitationText.isEmpty() ? TenderInvitation.NEITHER
                : f.choice("tenderInvitation", invitationText, TenderInvitation::byId, INVITATION_IDS);
        java.util.Set<String> redacted = redactedFields(d.redactedFields(), f);
        String reason = f.optional("redactionReason", d.redactionReason(), 500);
        if (redacted != null && !redacted.isEmpty() && reason == null) {
            f.error("redactionReason", "Redacted fields are published as \"Redacted\" with the reason; say why "
                    + String.join(", ", redacted) + " cannot be published (e.g. commercially confidential, Schedule 12A paragraph 3).");
        }
        if (redacted != null && redacted.isEmpty() && reason != null) {
            f.error("redactedFields", "A reason for redaction is given but no field is redacted; name the fields (one or more of "
                    + String.join(", ", TransparencyCode.REDACTABLE) + ") or clear the reason.");
        }
        Long value = keepValues ? null : f.pence("value", d.value(), true);
        Long annual = keepValues ? null : f.pence("annualValue", d.annualValue(), false);
        Long vat = keepValues ? null : f.pence("irrecoverableVat", d.irrecoverableVat(), false);
        Integer paragraph = keepValues ? null : f.whole("exemptParagraph", d.exemptParagraph(), 1, 7, 0);
        LocalDate start = f.date("startDate", d.startDate(), true);
        LocalDate end = f.date("endDate", d.endDate(), true);
        LocalDate review = f.date("reviewDate", d.reviewDate(), false);
        LocalDate signed = f.date("dateSigned", d.dateSigned(), false);
        ProcurementRoute route = f.choice("procurementRoute", d.procurementRoute(), ProcurementRoute::byId, ROUTE_IDS);
        ContractStatus status = f.choice("status", d.status(), ContractStatus::byId, STATUS_IDS);
        Integer options = f.whole("extensionOptionCount", d.extensionOptionCount(), 0, 5, 0);
        Integer months = f.whole("extensionOptionMonths", d.extensionOptionMonths(), 1, 60, options != null && options == 0 ? 0 : null);
        Integer notice = f.whole("extensionNoticeMonths", d.extensionNoticeMonths(), 0, 24, 3);
        Integer exercised = f.whole("optionsExercised", d.optionsExercised(), 0, 5, 0);
        if (start != null && end != null && end.isBefore(start)) {
            f.error("endDate", "End date " + end + " is before the start date " + start + "; a contract ends on or after the day it starts.");
        }
        if (options != null && exercised != null && exercised > options) {
            f.error("optionsExercised", exercised + " options exercised, but the contract has only " + options
                    + "; give a number from 0 to " + options + ".");
        }
        if (status == ContractStatus.ACTIVE && signed == null) {
            f.error("dateSigned", "An active contract has been signed; give the date it was signed, as YYYY-MM-DD.");
        }
        if (!f.errors.isEmpty()) {
            return;
        }
        e.reference = reference;
        e.title = title;
        e.department = department;
        e.description = description;
        e.supplierName = supplier;
        e.supplierRegistrationNumber = registration;
        e.supplierKind = kind.id();
        e.sme = sme != null ? sme : kind == SupplierKind.SME;
        e.vcse = vcse != null ? vcse : kind == SupplierKind.VCSE;
        e.supplierAddress = address;
        e.charityNumber = charity;
        e.vatNumber = vatNumber;
        e.tenderInvitation = invitation.id();
        e.redactedFields = redacted.isEmpty() ? null : String.join(",", redacted);
        e.redactionReason = redacted.isEmpty() ? null : reason;
        if (!keepValues) {
            e.valuePence = value;
            e.annualValuePence = annual;
            e.irrecoverableVatPence = vat;
            e.exemptParagraph = paragraph == 0 ? null : paragraph;
        }
        e.startDate = start;
        e.endDate = end;
        e.reviewDate = review;
        e.dateSigned = signed;
        e.procurementRoute = route.id();
        e.status = status.id();
        e.extensionOptions = options;
        e.extensionMonths = months;
        e.extensionNoticeMonths = options == 0 ? 0 : notice;
        e.optionsExercised = exercised;
    }
}
