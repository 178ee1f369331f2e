package plv.commissioning.core.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A director's acceptance of a risk; kept when it ends (ENDED_ON set), so the history stays. */
@Entity
@Table(name = "COM_RISK_ACCEPTANCE")
public class RiskAcceptanceEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "RISK_ID")
    long riskId;
    @Column(name = "ACCEPTED_BY")
    String acceptedBy;
    @Column(name = "ACCEPTED_ON")
    LocalDate acceptedOn;
    @Column(name = "ACCEPTED_UNTIL")
    LocalDate acceptedUntil;
    @Column(name = "REASON")
    String reason;
    @Column(name = "ENDED_ON")
    LocalDate endedOn;

    plv.commissioning.api.RiskAcceptance toRecord() {
        return new plv.commissioning.api.RiskAcceptance(acceptedBy, acceptedOn, acceptedUntil, reason, endedOn);
    }
}
