package plv.board.core.internal;

import java.time.*;

import jakarta.persistence.*;

/** Row of BRD_DIRECTOR_EVENT (private to this bundle). */
@Entity
@Table(name = "BRD_DIRECTOR_EVENT")
class DirectorEventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "DIRECTOR_ID") long directorId;
    @Column(name = "OCCURRED_ON") LocalDate occurredOn;
    String what;
    String detail;
}
