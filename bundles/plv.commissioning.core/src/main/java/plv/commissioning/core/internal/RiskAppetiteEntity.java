package plv.commissioning.core.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One setting of the board's appetite for a risk category (never changed; a new setting is a new row). */
@Entity
@Table(name = "COM_RISK_APPETITE")
public class RiskAppetiteEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "CATEGORY")
    String category;
    @Column(name = "APPETITE")
    int appetite;
    @Column(name = "EFFECTIVE_FROM")
    LocalDate effectiveFrom;
    @Column(name = "DECISION_REF")
    String decisionReference;
    @Column(name = "RECORDED_BY")
    String recordedBy;
    @Column(name = "RECORDED_AT")
    Instant recordedAt;
}
