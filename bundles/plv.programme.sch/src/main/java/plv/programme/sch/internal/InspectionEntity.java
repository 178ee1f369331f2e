package plv.programme.sch.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An inspection of the home with its judgements (SCCIF areas and overall). */
@Entity
@Table(name = "PRG_SCH_INSPECTION")
public class InspectionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "INSPECTED_ON")
    LocalDate inspectedOn;
    @Column(name = "INSPECTORATE")
    String inspectorate;
    @Column(name = "EXPERIENCES")
    String experiences;
    @Column(name = "PROTECTION")
    String protection;
    @Column(name = "LEADERSHIP")
    String leadership;
    @Column(name = "OVERALL")
    String overall;
    @Column(name = "REPORT_REF")
    String reportReference;
    @Column(name = "RECORDED_BY")
    String recordedBy;
    @Column(name = "RISK_NOTE")
    String riskNote;
    @Version
    @Column(name = "VERSION")
    long version;
}
