package plv.programme.sch.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A notifiable incident (reg 40), without identifying data. */
@Entity
@Table(name = "PRG_SCH_INCIDENT")
public class IncidentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "OCCURRED_ON")
    LocalDate occurredOn;
    @Column(name = "CATEGORY")
    String category;
    @Column(name = "SUMMARY")
    String summary;
    @Column(name = "OUTCOME")
    String outcome;
    @Column(name = "OUTCOME_ON")
    LocalDate outcomeOn;
    @Column(name = "RECORDED_BY")
    String recordedBy;
    @Version
    @Column(name = "VERSION")
    long version;
}
