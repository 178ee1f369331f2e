package plv.board.core.internal;

import java.time.LocalDate;

import jakarta.persistence.*;

/** Row of BRD_FILING (private to this bundle). */
@Entity
@Table(name = "BRD_FILING")
class FilingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String kind;
    @Column(name = "MADE_UP_TO") LocalDate madeUpTo;
    @Column(name = "FILED_ON") LocalDate filedOn;
}
