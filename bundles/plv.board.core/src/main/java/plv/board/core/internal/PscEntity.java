package plv.board.core.internal;

import java.time.LocalDate;

import jakarta.persistence.*;

/** Row of BRD_PSC (private to this bundle). */
@Entity
@Table(name = "BRD_PSC")
class PscEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String kind;
    String name;
    String address;
    @Column(name = "NATURE_OF_CONTROL") String natureOfControl;
    @Column(name = "ENTERED_ON") LocalDate enteredOn;
    @Column(name = "CEASED_ON") LocalDate ceasedOn;
}
