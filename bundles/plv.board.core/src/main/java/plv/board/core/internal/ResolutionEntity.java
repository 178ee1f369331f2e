package plv.board.core.internal;

import java.time.*;

import jakarta.persistence.*;

/** Row of BRD_RESOLUTION (private to this bundle). */
@Entity
@Table(name = "BRD_RESOLUTION")
class ResolutionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Version
    long version;
    String kind;
    @Column(name = "WORDING") String text;
    @Column(name = "CIRCULATED_ON") LocalDate circulatedOn;
    @Column(name = "LAPSES_ON") LocalDate lapsesOn;
    @Column(name = "ELIGIBLE_MEMBERS") String eligibleMembers;
    @Column(name = "FILED_ON") LocalDate filedOn;
}
