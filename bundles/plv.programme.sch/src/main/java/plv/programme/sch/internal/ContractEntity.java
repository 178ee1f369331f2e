package plv.programme.sch.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "PRG_SCH_CONTRACT")
public class ContractEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "REFERENCE")
    String reference;
    @Column(name = "TITLE")
    String title;
    @Column(name = "SUPPLIER")
    String supplier;
    @Column(name = "PROCUREMENT_ROUTE")
    String procurementRoute;
    @Column(name = "VALUE_PENCE")
    long valuePence;
    @Column(name = "START_DATE")
    LocalDate startDate;
    @Column(name = "END_DATE")
    LocalDate endDate;
    @Column(name = "STATUS")
    String status;
    /** Schedule 12A paragraph when the contract's commercial terms are exempt; its value is then shown only to the entitled. */
    @Column(name = "EXEMPT_PARAGRAPH")
    Integer exemptParagraph;
    @Version
    @Column(name = "VERSION")
    long version;
}
