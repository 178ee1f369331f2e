package plv.board.core.internal;

import java.time.*;

import jakarta.persistence.*;

/** Row of BRD_INTEREST (private to this bundle). */
@Entity
@Table(name = "BRD_INTEREST")
class InterestEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "ITEM_ID") long itemId;
    @Column(name = "PERSON_NAME") String personName;
    String nature;
    @Column(name = "LEFT_ROOM") boolean leftRoom;
}
