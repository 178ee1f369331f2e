package plv.commissioning.core.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A further action of a risk; replaced as a whole when the risk is edited (the risk's version guards it). */
@Entity
@Table(name = "COM_RISK_ACTION")
public class RiskActionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "RISK_ID")
    long riskId;
    @Column(name = "ACTION_POSITION")
    int position;
    @Column(name = "DESCRIPTION")
    String description;
    @Column(name = "OWNER_NAME")
    String owner;
    @Column(name = "DUE_DATE")
    LocalDate dueDate;
}
