package plv.commissioning.core.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A review of a risk, kept as it was recorded (never changed). */
@Entity
@Table(name = "COM_RISK_REVIEW")
public class RiskReviewEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "RISK_ID")
    long riskId;
    @Column(name = "REVIEWED_ON")
    LocalDate reviewedOn;
    @Column(name = "REVIEWED_BY")
    String reviewedBy;
    @Column(name = "LIKELIHOOD")
    int likelihood;
    @Column(name = "IMPACT")
    int impact;
    @Column(name = "TREND")
    String trend;
    @Column(name = "NOTE")
    String note;
}
