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
@Table(name = "PRG_SCH_RISK")
public class RiskEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "REFERENCE")
    String reference;
    @Column(name = "TITLE")
    String title;
    @Column(name = "CATEGORY")
    String category;
    @Column(name = "OWNER_NAME")
    String owner;
    @Column(name = "INHERENT_LIKELIHOOD")
    int inherentLikelihood;
    @Column(name = "INHERENT_IMPACT")
    int inherentImpact;
    @Column(name = "CURRENT_LIKELIHOOD")
    int currentLikelihood;
    @Column(name = "CURRENT_IMPACT")
    int currentImpact;
    @Column(name = "TARGET_LIKELIHOOD")
    int targetLikelihood;
    @Column(name = "TARGET_IMPACT")
    int targetImpact;
    @Column(name = "TARGET_DATE")
    LocalDate targetDate;
    @Column(name = "CONTROLS")
    String controls;
    @Column(name = "TREND")
    String trend;
    @Column(name = "REVIEWED_ON")
    LocalDate reviewedOn;
    @Version
    @Column(name = "VERSION")
    long version;
}
