package plv.commissioning.core.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A contract register line of one programme. */
@Entity
@Table(name = "COM_CONTRACT")
public class ContractEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "PROGRAMME_ID")
    String programmeId;
    @Column(name = "REFERENCE")
    String reference;
    @Column(name = "TITLE")
    String title;
    @Column(name = "DEPARTMENT")
    String department;
    @Column(name = "DESCRIPTION")
    String description;
    @Column(name = "SUPPLIER_NAME")
    String supplierName;
    /** The supplier's name in lower case, for a case-blind "starts with" answered by an index. */
    @Column(name = "SUPPLIER_KEY")
    String supplierKey;
    @Column(name = "SUPPLIER_REG_NUMBER")
    String supplierRegistrationNumber;
    @Column(name = "SUPPLIER_KIND")
    String supplierKind;
    @Column(name = "VALUE_PENCE")
    long valuePence;
    @Column(name = "ANNUAL_VALUE_PENCE")
    Long annualValuePence;
    @Column(name = "IRRECOVERABLE_VAT_PENCE")
    Long irrecoverableVatPence;
    /** Schedule 12A paragraph when the commercial terms are exempt; the values are then shown only to the entitled. */
    @Column(name = "EXEMPT_PARAGRAPH")
    Integer exemptParagraph;
    @Column(name = "START_DATE")
    LocalDate startDate;
    @Column(name = "END_DATE")
    LocalDate endDate;
    @Column(name = "REVIEW_DATE")
    LocalDate reviewDate;
    @Column(name = "DATE_SIGNED")
    LocalDate dateSigned;
    @Column(name = "PROCUREMENT_ROUTE")
    String procurementRoute;
    @Column(name = "STATUS")
    String status;
    @Column(name = "EXTENSION_OPTIONS")
    int extensionOptions;
    @Column(name = "EXTENSION_MONTHS")
    int extensionMonths;
    @Column(name = "EXTENSION_NOTICE_MONTHS")
    int extensionNoticeMonths;
    @Column(name = "OPTIONS_EXERCISED")
    int optionsExercised;
    @Column(name = "SUPPLIER_ADDRESS")
    String supplierAddress;
    @Column(name = "CHARITY_NUMBER")
    String charityNumber;
    @Column(name = "VAT_NUMBER")
    String vatNumber;
    @Column(name = "IS_SME")
    boolean sme;
    @Column(name = "IS_VCSE")
    boolean vcse;
    @Column(name = "TENDER_INVITATION")
    String tenderInvitation = "neither";
    /** Comma-separated Transparency Code field ids published as "Redacted". */
    @Column(name = "REDACTED_FIELDS")
    String redactedFields;
    @Column(name = "REDACTION_REASON")
    String redactionReason;
    @Version
    @Column(name = "VERSION")
    long version;

    /** The audited fields; exempt values are never written into the audit trail, which more people may read. */
    @jakarta.persistence.PrePersist
    @jakarta.persistence.PreUpdate
    void keySupplier() {
        supplierKey = supplierName == null ? null : supplierName.toLowerCase(java.util.Locale.ROOT);
    }

    Map<String, Object> audited() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", reference);
        m.put("title", title);
        m.put("department", department);
        m.put("description", description);
        m.put("supplierName", supplierName);
        m.put("supplierRegistrationNumber", supplierRegistrationNumber);
        m.put("supplierKind", supplierKind);
        m.put("supplierAddress", supplierAddress);
        m.put("charityNumber", charityNumber);
        m.put("vatNumber", vatNumber);
        m.put("sme", sme);
        m.put("vcse", vcse);
        m.put("tenderInvitation", tenderInvitation);
        m.put("redactedFields", redactedFields);
        m.put("redactionReason", redactionReason);
        boolean exempt = exemptParagraph != null;
        m.put("value", exempt ? "exempt" : valuePence);
        m.put("annualValue", exempt ? "exempt" : annualValuePence);
        m.put("irrecoverableVat", exempt ? "exempt" : irrecoverableVatPence);
        m.put("exemptParagraph", exemptParagraph);
        m.put("startDate", startDate);
        m.put("endDate", endDate);
        m.put("reviewDate", reviewDate);
        m.put("dateSigned", dateSigned);
        m.put("procurementRoute", procurementRoute);
        m.put("status", status);
        m.put("extensionOptions", extensionOptions);
        m.put("extensionMonths", extensionMonths);
        m.put("extensionNoticeMonths", extensionNoticeMonths);
        m.put("optionsExercised", optionsExercised);
        return m;
    }
}
