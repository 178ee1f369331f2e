package plv.membership.core.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An issued contributions statement (MEM_STATEMENT): frozen text and its SHA-256; written once, never updated. */
@Entity
@Table(name = "MEM_STATEMENT")
public class StatementEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "FINANCIAL_YEAR")
    int financialYear;
    @Column(name = "ISSUED_ON")
    LocalDate issuedOn;
    @Column(name = "ISSUED_BY")
    String issuedBy;
    @Column(name = "ISSUED_AT")
    Instant issuedAt;
    @Column(name = "CORRECTS_ID")
    Long correctsId;
    String reason;
    @Column(name = "SHA256")
    String sha256;
    String content;
}
