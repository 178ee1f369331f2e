package plv.board.core.internal;

import java.time.*;

import jakarta.persistence.*;

/** Row of BRD_ACTION (private to this bundle). */
@Entity
@Table(name = "BRD_ACTION")
class ActionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Version
    long version;
    @Column(name = "MEETING_ID") long meetingId;
    @Column(name = "ITEM_POSITION") int itemNumber;
    boolean exempt;
    String description;
    @Column(name = "OWNER_NAME") String owner;
    @Column(name = "DUE_ON") LocalDate dueOn;
    @Column(name = "DONE_ON") LocalDate doneOn;
}
