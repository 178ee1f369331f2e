package plv.board.core.internal;

import java.time.LocalDate;

import jakarta.persistence.*;

/** Row of BRD_DIRECTOR_PRIVATE (private to this bundle): full date of birth and usual residential address (s165). */
@Entity
@Table(name = "BRD_DIRECTOR_PRIVATE")
class DirectorPrivateEntity {
    @Id
    @Column(name = "DIRECTOR_ID") Long directorId;
    @Column(name = "DATE_OF_BIRTH") LocalDate dateOfBirth;
    @Column(name = "RESIDENTIAL_ADDRESS") String residentialAddress;
}
