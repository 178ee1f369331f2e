package plv.programme.sch.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A body told of an incident, and when. */
@Entity
@Table(name = "PRG_SCH_INCIDENT_NOTICE")
public class IncidentNoticeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "INCIDENT_ID")
    long incidentId;
    @Column(name = "BODY")
    String body;
    @Column(name = "NOTIFIED_ON")
    LocalDate notifiedOn;
    @Version
    @Column(name = "VERSION")
    long version;
}
