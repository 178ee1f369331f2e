package plv.procurement.core.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A row of PROC_ADMISSION. */
@Entity
@Table(name = "PROC_ADMISSION")
public class AdmissionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "ARRANGEMENT_ID")
    Long arrangementId;
    @Column(name = "PROVIDER_NAME")
    String providerName;
    @Column(name = "REGISTRATION_NUMBER")
    String registrationNumber;
    @Column(name = "APPLIED_ON")
    LocalDate appliedOn;
    @Column(name = "STATUS")
    String status;
    @Column(name = "DECIDED_ON")
    LocalDate decidedOn;
    @Column(name = "REASON")
    String reason;
    @Version
    @Column(name = "VERSION")
    long version;
}
