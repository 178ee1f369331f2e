package plv.board.core.internal;

import java.time.*;

import jakarta.persistence.*;

/** Row of BRD_DIRECTOR (private to this bundle). */
@Entity
@Table(name = "BRD_DIRECTOR")
class DirectorEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Version
    long version;
    @Column(name = "FULL_NAME") String name;
    @Column(name = "SERVICE_ADDRESS") String serviceAddress;
    @Column(name = "RESIDENCE_COUNTRY") String countryOfResidence;
    String nationality;
    String occupation;
    @Column(name = "BORN_IN") String bornIn;
    @Column(name = "NOMINATED_BY") String nominatedBy;
    @Column(name = "OFFICE") String role;
    @Column(name = "APPOINTED_ON") LocalDate appointedOn;
    @Column(name = "CEASED_ON") LocalDate ceasedOn;
    @Column(name = "APPOINTMENT_NOTIFIED_ON") LocalDate appointmentNotifiedOn;
    @Column(name = "CESSATION_NOTIFIED_ON") LocalDate cessationNotifiedOn;
    @Column(name = "FORMER_NAMES") String formerNames;
    @Column(name = "IDENTITY_VERIFIED_ON") LocalDate identityVerifiedOn;
}
